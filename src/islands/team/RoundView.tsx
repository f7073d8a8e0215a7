import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { exportFileName } from '../../lib/assessment/index.ts';
import { teamRound, type TeamRound } from '../../lib/assessment/team.ts';
import type { TeamRoundState } from '../../lib/assessment/team-store.ts';
import type { WorkshopSet } from '../../lib/assessment/team-workshop.ts';
import { downloadText } from '../shared/download.ts';
import { AreaSpread } from './AreaSpread.tsx';
import { ConsensusSave } from './ConsensusSave.tsx';
import { Discussion } from './Discussion.tsx';
import { QuestionTables } from './QuestionTables.tsx';

// For the projector: loaded when the facilitator opens it.
const Workshop = lazy(() => import('./Workshop.tsx').then((m) => ({ default: m.Workshop })));

export type Update = (change: (state: TeamRoundState) => TeamRoundState) => void;

interface Props {
  bank: Bank;
  state: TeamRoundState;
  update: Update;
}

/** The merged round: every figure comes from teamRound (src/lib/assessment/team.ts). */
export function RoundView({ bank, state, update }: Props) {
  const round = useMemo(
    () => teamRound(state.entries, bank, state.consensus, state.anonymous),
    [state.entries, bank, state.consensus, state.anonymous],
  );
  return (
    <>
      <Tools bank={bank} round={round} />
      <AreaSpread bank={bank} round={round} />
      <Discussion bank={bank} round={round} />
      <QuestionTables bank={bank} round={round} entries={state.entries} update={update} />
      <ConsensusSave bank={bank} round={round} state={state} update={update} />
    </>
  );
}

function Tools({ bank, round }: { bank: Bank; round: TeamRound }) {
  const [set, setSet] = useState<WorkshopSet>('discuss');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const save = async (kind: 'md' | 'csv') => {
    const { teamCsv, teamMarkdown } = await import('../../lib/assessment/exports/team.ts');
    const now = new Date().toISOString();
    const title = `Team round of ${round.respondents.length} respondents`;
    const name = exportFileName({ title: 'team-round', updatedAt: now }, kind);
    if (kind === 'md')
      downloadText(name, teamMarkdown(round, bank, title), 'text/markdown;charset=utf-8');
    else downloadText(name, teamCsv(round), 'text/csv;charset=utf-8');
  };
  return (
    <section className="results-section no-print" aria-labelledby="team-tools-title">
      <h2 id="team-tools-title">Workshop and report</h2>
      <fieldset className="team-set">
        <legend>Questions for the workshop view</legend>
        <label>
          <input
            type="radio"
            name="workshop-set"
            checked={set === 'discuss'}
            onChange={() => setSet('discuss')}
          />{' '}
          To discuss ({round.toDiscuss.length}), biggest disagreement first
        </label>
        <label>
          <input
            type="radio"
            name="workshop-set"
            checked={set === 'all'}
            onChange={() => setSet('all')}
          />{' '}
          Every question ({round.questions.length}), in questionnaire order
        </label>
      </fieldset>
      <p className="assess-actions">
        <button
          id="team-workshop-open"
          ref={opener}
          type="button"
          className="button"
          onClick={() => setOpen(true)}
        >
          Open the workshop view
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void save('md')}
        >
          Download the team report (Markdown)
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void save('csv')}
        >
          Download the team report (CSV)
        </button>
      </p>
      {open && (
        <Suspense fallback={<p className="assess-message">Opening the workshop view…</p>}>
          <Workshop
            bank={bank}
            round={round}
            set={set}
            onClose={() => {
              setOpen(false);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
