import type { Bank } from '../../schemas/bank.ts';
import { openWork, planRows, type PlanRow } from './plan.ts';
import { scoreAssessment, type AreaResult } from './scoring.ts';
import type { StoreState, StoredAssessment } from './store/types.ts';

/**
 * "Your assessment" on an area page: the area as this browser's own assessment sees it, its
 * score and level, and the recommendations still open there. Read only: the page never writes.
 */
export interface AreaSnapshot {
  assessment: Pick<StoredAssessment, 'id' | 'title' | 'updatedAt'> & { frozen: boolean };
  result: AreaResult;
  /** Open plan rows of the area (below target, neither done nor declined), highest priority first. */
  open: PlanRow[];
}

/**
 * The assessment to show for an area: the tab's own one when it covers the area with at least
 * one answer there, else the most recently changed one that does. Undefined when none does.
 */
export function areaSnapshot(
  state: StoreState,
  bank: Bank,
  areaSlug: string,
  activeId?: string,
): AreaSnapshot | undefined {
  const byRecency = [...state.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const candidates = [
    ...byRecency.filter((a) => a.id === activeId),
    ...byRecency.filter((a) => a.id !== activeId),
  ];
  for (const assessment of candidates) {
    const results = scoreAssessment(assessment, bank);
    const result = results.areas.find((area) => area.area.slug === areaSlug);
    if (!result || result.noQuestionsForRole) continue;
    const { rated, unknown, na } = result.completion;
    if (rated + unknown + na === 0) continue;
    const open = openWork(planRows(results, assessment, bank)).filter(
      (row) => row.area.slug === areaSlug,
    );
    return {
      assessment: {
        id: assessment.id,
        title: assessment.title,
        updatedAt: assessment.updatedAt,
        frozen: assessment.milestone !== undefined,
      },
      result,
      open,
    };
  }
  return undefined;
}
