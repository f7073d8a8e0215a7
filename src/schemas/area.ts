import { z } from 'astro/zod';
import { appsSchema } from './apps.ts';
import {
  areaCatalogIdSchema,
  dateSchema,
  processCatalogIdSchema,
  reviewEverySchema,
  sourceSchema,
  textSchema,
  type RefFactory,
} from './common.ts';

/** The five Success by Design phases, under their current names ("Discover" replaced "Strategize"). */
export const phaseSchema = z.enum(['Discover', 'Initiate', 'Implement', 'Prepare', 'Operate']);

/** How often the work of an area recurs, as the catalog estimates it. */
export const frequencySchema = z.enum([
  'Once per project',
  'Once per project phase',
  'Once per environment',
  'Once per tenant',
  'Continuous',
]);

/** A level-3 business process of the catalog, as the area page presents it. */
export const businessProcessSchema = z.strictObject({
  /** Catalog id, for example "99.25.040"; it also gives the anchor (#99-25-040). */
  id: processCatalogIdSchema,
  /** Catalog name of the process, for example "Onboard new users". */
  title: textSchema(3, 90),
  /** What the team does in this process, in one or two sentences. */
  does: textSchema(40, 500),
  /** What good looks like: the observable result of doing it well, in one or two sentences. */
  good: textSchema(40, 500),
  /** Name of the lane this process belongs to in the area's flow diagram; processes of one lane run in list order. */
  track: textSchema(2, 40).optional(),
  /** The apps this process applies to, only where that differs from the area's `appliesTo`. */
  appliesTo: appsSchema.optional(),
});

/** How often a routine recurs. */
export const cadenceSchema = z.enum([
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'per-release',
]);

/** A number an administrator needs (a limit, a retention, a window), with Microsoft's word for it. */
export const limitSchema = z.strictObject({
  /** What the number is about, for example "Dataverse system backups kept for production". */
  name: textSchema(5, 120),
  /** The number with its unit as it stands today, for example "28 days". */
  value: textSchema(1, 80),
  /** Conditions and exceptions: when it differs, how it can be extended. */
  detail: textSchema(20, 500).optional(),
  /** The apps the number applies to. */
  appliesTo: appsSchema,
  /** The Microsoft page that states it. */
  source: sourceSchema,
  /** The date a reviewer last checked the number against the source. */
  checked: dateSchema,
});

/** Recurring work of an area: what to do, how often, who, for which business process. */
export const routineSchema = (ref: RefFactory) =>
  z.strictObject({
    /** How often: daily, weekly, monthly, quarterly, yearly or per-release. */
    cadence: cadenceSchema,
    /** What to do, as an instruction, for example "Review failed batch jobs and their alerts". */
    task: textSchema(20, 300),
    /** The role that does it. */
    role: ref('roles'),
    /** The catalog business process it belongs to; it must be a process of the area. */
    process: processCatalogIdSchema,
    /** The apps it applies to, where not all of the area's. */
    appliesTo: appsSchema.optional(),
  });

/** A tool or feature that supports the area. */
export const toolSchema = z.strictObject({
  /** Product or feature name as Microsoft spells it now, for example "Power Platform admin center". */
  name: textSchema(2, 80),
  /** What the team uses it for in this area. */
  use: textSchema(30, 400),
});

/** A key performance indicator of the area. */
export const kpiSchema = z.strictObject({
  /** KPI name, for example "RTO achievement". */
  name: textSchema(2, 80),
  /** What it measures, in one sentence. */
  measures: textSchema(20, 300),
  /** How a team collects it: source, tool, cadence. */
  collect: textSchema(20, 400),
});

/** What an area looks like at each maturity level, keyed 1 to 5. */
export const areaMaturitySchema = z.strictObject({
  /** Level 1, Initial. */
  1: textSchema(40, 600),
  /** Level 2, Managed. */
  2: textSchema(40, 600),
  /** Level 3, Defined. */
  3: textSchema(40, 600),
  /** Level 4, Quantitatively managed. */
  4: textSchema(40, 600),
  /** Level 5, Optimizing. */
  5: textSchema(40, 600),
});

/** Frontmatter of a guidance page of one business process area (content/areas/<slug>.md). */
export const areaSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Area name as the current catalog gives it, for example "Define business continuity plan". */
    title: textSchema(3, 80),
    /** Short name for navigation and charts, for example "Business continuity". */
    shortTitle: textSchema(3, 28),
    /** Catalog id of the area, "99." and two digits, for example "99.10". */
    catalogId: areaCatalogIdSchema,
    /** Position in catalog order: 1 for 99.01 up to 13 for 99.65, without gaps. */
    order: z.number().int().min(1).max(99),
    /** One sentence for area cards and the page's meta description. */
    summary: textSchema(50, 160),
    /** Other names the area has had in Microsoft's material, so searches for them find it. */
    aliases: z.array(textSchema(3, 80)).default([]),
    /** The site's roles that take part in this area, each with its responsibility here. */
    stakeholders: z
      .array(
        z.strictObject({
          /** The role (a file name in content/roles without extension). */
          role: ref('roles'),
          /** What this role is responsible for in this area. */
          responsibility: textSchema(30, 500),
        }),
      )
      .min(2),
    /** People outside the site's eight roles who take part, such as executive leadership. */
    otherStakeholders: z
      .array(
        z.strictObject({
          /** Who they are, for example "Business process owners". */
          name: textSchema(3, 60),
          /** What they are responsible for in this area. */
          responsibility: textSchema(30, 500),
        }),
      )
      .default([]),
    /** Other A2O areas this one feeds or depends on, each with how they connect. */
    related: z
      .array(
        z.strictObject({
          /** The related area (a file name in content/areas without extension). */
          area: ref('areas'),
          /** How the two areas connect, in one or two sentences. */
          how: textSchema(30, 400),
        }),
      )
      .default([]),
    /** Specific links to other end-to-end processes of the catalog, upstream or downstream. */
    endToEnd: z
      .array(
        z.strictObject({
          /** The end-to-end process (its id in content/processes.yaml, for example "50"). */
          process: ref('processes'),
          /** Upstream: it shapes this area; downstream: it relies on this area. */
          direction: z.enum(['upstream', 'downstream']),
          /** How they connect, in one or two sentences. */
          how: textSchema(30, 400),
        }),
      )
      .default([]),
    /** Tools and features in Dynamics 365, Power Platform and Azure that support the area. */
    tools: z.array(toolSchema).min(3),
    /** Every level-3 business process of the area in catalog order. */
    processes: z.array(businessProcessSchema).min(1),
    /** How to measure the area. */
    kpis: z.array(kpiSchema).min(3),
    /** Success by Design phase where the area's work starts. */
    phase: phaseSchema,
    /** How often the work recurs (one or more). */
    frequency: z.array(frequencySchema).min(1),
    /** What the area looks like at each maturity level. */
    maturity: areaMaturitySchema,
    /** Date a reviewer last checked the page against the current catalog. */
    lastReviewed: dateSchema,
    /** Months between reviews; the page shows a notice once the next review is overdue. */
    reviewEvery: reviewEverySchema.default(6),
    /** The apps the area applies to: finance-operations, dataverse, business-central, power-platform. */
    appliesTo: appsSchema,
    /** Numbers to know: limits, retention and windows, each with its Microsoft source. */
    limits: z.array(limitSchema).default([]),
    /** The area's recurring work, shown as a checklist and offered as a calendar and a run book. */
    routines: z.array(routineSchema(ref)).default([]),
  });

/** An area's frontmatter after validation, with references as `{ id, collection }`. */
export type Area = z.infer<ReturnType<typeof areaSchema>>;
export type BusinessProcess = z.infer<typeof businessProcessSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type Routine = z.infer<ReturnType<typeof routineSchema>>;
export type Cadence = z.infer<typeof cadenceSchema>;
