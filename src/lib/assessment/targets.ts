import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { ownEntry } from './lookup.ts';

/** The target level of an area: the user's choice, else the bank's default target. */
export function targetOf(
  assessment: Pick<AssessmentFile, 'targets'>,
  bank: Pick<Bank, 'defaultTarget'>,
  areaSlug: string,
): number {
  return ownEntry(assessment.targets, areaSlug) ?? bank.defaultTarget;
}
