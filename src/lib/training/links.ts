import { scopeToQuery } from '../assessment/scope.ts';
import { absoluteUrl, embedded, paths } from '../urls.ts';

/**
 * The link builder's logic (DESIGN.md, "Trainers' kit"): from a role, areas and a module to the
 * links a trainer pastes into an LMS, Teams or slides, on the site's public address. A choice
 * that would lead to nothing (no module, a role with no questions in the chosen areas) gives a
 * reason instead of a link.
 */

/** What the builder knows of the site, gathered at build. */
export interface LinkCatalog {
  roles: {
    slug: string;
    title: string;
    /** The modules of the role's onboarding path. */
    path: string[];
    /** Areas that have questions for this role. */
    questionAreas: string[];
  }[];
  areas: { slug: string; title: string }[];
  modules: { slug: string; title: string }[];
}

/** What embed snippet to make: the module, the one chosen area's page, or its assessment. */
export type EmbedTarget = 'module' | 'area' | 'assessment';

export interface LinkChoice {
  role?: string;
  areas: readonly string[];
  module?: string;
  embed: EmbedTarget;
}

export type BuiltLink =
  | {
      ok: true;
      url: string;
      /** Something the trainer should know about the link, such as areas that score nothing. */
      note?: string;
    }
  | { ok: false; reason: string };

export interface BuiltLinks {
  assessment: BuiltLink;
  module: BuiltLink;
  rolePath: BuiltLink;
  /** The page to frame; the snippet is in `snippet`. */
  embed: BuiltLink & { snippet?: string };
}

/** Every link of a choice, absolute on `siteUrl`. */
export function buildLinks(catalog: LinkCatalog, choice: LinkChoice, siteUrl: string): BuiltLinks {
  const role = catalog.roles.find((r) => r.slug === choice.role);
  const module = catalog.modules.find((m) => m.slug === choice.module);
  const areas = catalog.areas.filter((a) => choice.areas.includes(a.slug));
  const url = (path: string) => absoluteUrl(path, siteUrl);
  return {
    assessment: assessmentLink(role, areas, url),
    module: module
      ? { ok: true, url: url(paths.training(module.slug)) }
      : { ok: false, reason: 'Choose a module to get its link.' },
    rolePath: rolePathLink(role, url),
    embed: embedLink(catalog, choice, role, areas, url),
  };
}

type Role = LinkCatalog['roles'][number];
type Area = LinkCatalog['areas'][number];

function assessmentLink(role: Role | undefined, areas: Area[], url: (p: string) => string) {
  if (!role && areas.length === 0)
    return {
      ok: false as const,
      reason:
        'Choose a role, one or more areas, or both, to preset the assessment. Without either it is the whole questionnaire: link the assessment page itself.',
    };
  const empty = role ? areas.filter((a) => !role.questionAreas.includes(a.slug)) : [];
  if (role && areas.length > 0 && empty.length === areas.length)
    return {
      ok: false as const,
      reason: `${role.title} has no questions in ${listOf(areas.map((a) => a.title))}: choose other areas, or no role for every question of these areas.`,
    };
  const path = `${paths.assessment}${scopeToQuery({ scope: areas.map((a) => a.slug), focusRole: role?.slug })}`;
  return {
    ok: true as const,
    url: url(path),
    ...(empty.length > 0 && {
      note: `${listOf(empty.map((a) => a.title))} ${empty.length === 1 ? 'has' : 'have'} no questions for ${role!.title}: the assessment lists ${empty.length === 1 ? 'it' : 'them'} without a score.`,
    }),
  };
}

function rolePathLink(role: Role | undefined, url: (p: string) => string): BuiltLink {
  if (!role) return { ok: false, reason: 'Choose a role to get the link to its onboarding path.' };
  if (role.path.length === 0)
    return { ok: false, reason: `${role.title} has no onboarding path yet.` };
  return { ok: true, url: url(`${paths.role(role.slug)}#onboarding-path`) };
}

function embedLink(
  catalog: LinkCatalog,
  choice: LinkChoice,
  role: Role | undefined,
  areas: Area[],
  url: (p: string) => string,
): BuiltLinks['embed'] {
  const single = areas.length === 1 ? areas[0] : undefined;
  let target: { path: string; title: string } | BuiltLink;
  switch (choice.embed) {
    case 'module': {
      const module = catalog.modules.find((m) => m.slug === choice.module);
      target = module
        ? { path: paths.training(module.slug), title: module.title }
        : { ok: false, reason: 'Choose a module to embed.' };
      break;
    }
    case 'area':
      target = single
        ? { path: paths.area(single.slug), title: single.title }
        : { ok: false, reason: 'Choose exactly one area to embed its guidance page.' };
      break;
    case 'assessment': {
      const noQuestions = role && single && !role.questionAreas.includes(single.slug);
      target = !single
        ? { ok: false, reason: 'Choose exactly one area to embed its assessment.' }
        : noQuestions
          ? { ok: false, reason: `${role.title} has no questions in ${single.title}.` }
          : {
              path: `${paths.assessment}${scopeToQuery({ scope: [single.slug], focusRole: role?.slug })}`,
              title: `Assessment: ${single.title}`,
            };
      break;
    }
  }
  if ('ok' in target) return target;
  const src = url(embedded(target.path));
  return { ok: true, url: src, snippet: iframeSnippet(src, target.title) };
}

/** The snippet a trainer pastes into an LMS page or a Teams website tab. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="800" loading="lazy"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
