// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { FindOutFirst } from '../../../src/islands/results/FindOutFirst.tsx';
import { Progress } from '../../../src/islands/shared/Progress.tsx';
import { ASSESSMENT_FORMAT, type AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import { bankSchema } from '../../../src/schemas/bank.ts';
import bankJson from '../../fixtures/assessment/bank.json' with { type: 'json' };

const bank = bankSchema.parse(bankJson);
afterEach(cleanup);

const file = (answers: AssessmentFile['answers']): AssessmentFile => ({
  format: ASSESSMENT_FORMAT,
  version: 2,
  bank: { version: bank.version },
  title: 'Islands',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  scope: ['business-continuity', 'access-security'],
  targets: {},
  answers,
  notes: {},
});

describe('"Find out first" on the results page', () => {
  it('lists every "don\'t know", heaviest first, with who to ask, then what is unanswered', () => {
    // continuity-exercises weighs 3 (IT support), privileged-access 3 (security), recovery-objectives 1.
    const results = scoreAssessment(
      file({
        'recovery-objectives': 'unknown',
        'continuity-exercises': 'unknown',
        'backup-restore-tests': 2,
        'user-onboarding': 3,
      }),
      bank,
    );
    render(<FindOutFirst results={results} />);
    const section = screen.getByRole('region', { name: 'Find out first' });
    const unknown = within(section).getAllByRole('list')[0]!;
    const items = within(unknown).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual(
      results.findOutFirst.unknown.map((u) => u.question.title),
    );
    expect(results.findOutFirst.unknown.map((u) => u.weight)).toEqual([3, 1]);
    expect(items[0]).toHaveTextContent('ask IT support');
    // privileged-access has no answer: one question of access and security is still open.
    expect(within(section).getByText(/: 1 question; best placed to answer/)).toBeInTheDocument();
  });

  it('says there is nothing to find out when every question has a real answer', () => {
    const results = scoreAssessment(
      file({
        'recovery-objectives': 3,
        'backup-restore-tests': 'na',
        'continuity-exercises': 2,
        'user-onboarding': 3,
        'privileged-access': 4,
      }),
      bank,
    );
    render(<FindOutFirst results={results} />);
    expect(screen.getByText(/Nothing to find out/)).toBeInTheDocument();
  });
});

describe('progress', () => {
  it('says the count in words and repeats it in the bar', () => {
    const results = scoreAssessment(
      file({ 'recovery-objectives': 3, 'user-onboarding': 'unknown' }),
      bank,
    );
    render(<Progress label="All areas" completion={results.completion} />);
    expect(screen.getByText('All areas: 2 of 5 answered (40%)')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'All areas progress' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '5');
  });
});
