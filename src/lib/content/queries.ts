import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { areaFilterLabel } from '../search/question-records.ts';
import { routineItems } from '../routines.ts';

// Every page of a build asks for the same collections; each is read and sorted once.
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

export type AreaEntry = CollectionEntry<'areas'>;
export type RoleEntry = CollectionEntry<'roles'>;
export type TrainingEntry = CollectionEntry<'training'>;

/** The 13 areas in catalog order. */
export const getAreas = () =>
  once('areas', async () => (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order));

/** The roles in their set order. */
export const getRoles = () =>
  once('roles', async () => (await getCollection('roles')).sort((a, b) => a.data.order - b.data.order));

/** The training modules in their set order. */
export const getTraining = () =>
  once('training', async () => (await getCollection('training')).sort((a, b) => a.data.order - b.data.order));

/** The 15 end-to-end processes in catalog order. */
export const getProcesses = () =>
  once('processes', async () => (await getCollection('processes')).sort((a, b) => a.id.localeCompare(b.id)));

/** Related resources in file order. */
export const getResources = () => once('resources', () => getCollection('resources'));

/** The maturity model: levels and default target. */
export const getMaturity = () =>
  once('maturity', async () => {
    const entry = await getEntry('maturity', 'model');
    if (!entry) throw new Error('content/maturity.yaml is missing');
    return entry.data;
  });

/** The questionnaire of each area, by area slug. */
export const getQuestionFiles = () =>
  once('questions', async () => new Map((await getCollection('questions')).map((q) => [q.id, q.data.questions])));

/** Previous and next entry in a sorted list, for page-to-page navigation. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string) {
  const index = list.findIndex((item) => item.id === id);
  return { prev: index > 0 ? list[index - 1] : undefined, next: index >= 0 ? list[index + 1] : undefined };
}

/** The areas a role takes part in, with its responsibility there. */
export async function areasOfRole(roleId: string) {
  return (await getAreas()).flatMap((area) =>
    area.data.stakeholders
      .filter((s) => s.role.id === roleId)
      .map((s) => ({ area, responsibility: s.responsibility })),
  );
}

/** The resources that list an area. */
export async function resourcesOfArea(areaId: string) {
  return (await getResources()).filter((r) => r.data.areas.some((a) => a.id === areaId));
}

/** An area's name in search filters. */
export const areaLabel = (area: AreaEntry) => areaFilterLabel(area.data);

/** The routines of every area, or of one, with role titles and process names resolved. */
export async function getRoutines(areaId?: string) {
  const areas = (await getAreas())
    .filter((area) => areaId === undefined || area.id === areaId)
    .map((area) => ({ slug: area.id, ...area.data }));
  const roles = new Map((await getRoles()).map((role) => [role.id, role.data.title]));
  return routineItems(areas, roles);
}

/** The glossary, alphabetical by term. */
export const getGlossary = () =>
  once('glossary', async () =>
    (await getCollection('glossary'))
      .map((entry) => entry.data)
      .sort((a, b) => a.term.localeCompare(b.term, 'en')),
  );

/** Dated content changes; sortUpdates (src/lib/updates.ts) puts them in reading order. */
export const getUpdates = () =>
  once('updates', async () => (await getCollection('updates')).map((entry) => entry.data));
