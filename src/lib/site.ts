import { paths } from './urls.ts';
/** Facts about the site itself, used in every page's head and footer. */
export const siteInfo = {
  name: 'Administer to Operate',
  tagline:
    'Run Dynamics 365 well after go-live: guidance, maturity self-assessment and onboarding.',
} as const;

/** The primary navigation, in the order of the header. */
export const primaryNav = [
  { href: paths.areas, label: 'Guidance' },
  { href: paths.roles, label: 'Roles' },
  { href: paths.trainingIndex, label: 'Training' },
  { href: paths.assessment, label: 'Assessment' },
  { href: paths.resources, label: 'Resources' },
] as const;

/** Browser-tab title of a page: the page's own title, then the site name. */
export function documentTitle(title: string | undefined): string {
  return title
    ? `${title} · ${siteInfo.name}`
    : `${siteInfo.name}: Dynamics 365 operations guidance`;
}

/** Whether a navigation entry leads to the section the current page belongs to. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
