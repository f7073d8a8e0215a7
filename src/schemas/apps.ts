import { z } from 'astro/zod';

/**
 * The app families whose administration differs enough to say so. Ids are stable (content uses
 * them); names are how pages show them.
 */
export const APPS = {
  'finance-operations': {
    name: 'Finance and operations apps',
    short: 'Finance and operations',
  },
  dataverse: {
    name: 'Dataverse and customer engagement apps',
    short: 'Dataverse and CE',
  },
  'business-central': { name: 'Business Central', short: 'Business Central' },
  'power-platform': { name: 'Power Platform', short: 'Power Platform' },
} as const;

export type AppId = keyof typeof APPS;

/** App families in running text, by their short names: "Finance and operations, Business Central". */
export function appsText(apps: readonly AppId[]): string {
  return apps.map((app) => APPS[app].short).join(', ');
}

/** One of the app families: finance-operations, dataverse, business-central, power-platform. */
export const appSchema = z.enum(Object.keys(APPS) as [AppId, ...AppId[]], {
  error: `must be one of ${Object.keys(APPS).join(', ')}`,
});

/** A list of app families, each at most once. */
export const appsSchema = z
  .array(appSchema)
  .min(1)
  .refine((apps) => new Set(apps).size === apps.length, 'lists an app more than once');
