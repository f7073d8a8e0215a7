import { useRef, useState, type SubmitEvent } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  cleanTitle,
  exportFileName,
  exportJson,
  levelName,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { consensusFile, type TeamRound } from '../../lib/assessment/team.ts';
import {
  setRoundTarget,
  setRoundTitle,
  type TeamRoundState,
} from '../../lib/assessment/team-store.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { paths } from '../../lib/urls.ts';
import { downloadText } from '../shared/download.ts';
import { getStore } from '../shared/useStore.ts';
import type { Update } from './RoundView.tsx';

interface Props {
  bank: Bank;
  round: TeamRound;
  state: TeamRoundState;
  update: Update;
}

type Outcome =
  | { kind: 'saved'; title: string }
  | { kind: 'unsaved'; assessment: StoredAssessment }
  | { kind: 'failed' };

/**
 * Saves the consensus as a new assessment in this browser (never over one): the union of the
 * respondents' scopes, no role focus, the targets set here, the notes with their authors.
 */
export function ConsensusSave({ bank, round, state, update }: Props) {
  const [outcome, setOutcome] = useState<Outcome>();
  const result = useRef<HTMLDivElement>(null);
  const title = state.title ?? `Team consensus ${new Date().toISOString().slice(0, 10)}`;
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const clean = cleanTitle(title);
    if (clean === undefined) return;
    const file = consensusFile(round, bank, {
      title: clean,
      now: new Date().toISOString(),
      targets: state.targets,
    });
    const store = getStore();
    const dispatched = store.dispatch({ type: 'import', file });
    const stored = store.getSnapshot().state.assessments.find((a) => a.id === dispatched.createdId);
    setOutcome(
      !stored
        ? { kind: 'failed' }
        : dispatched.saved
          ? { kind: 'saved', title: stored.title }
          : { kind: 'unsaved', assessment: stored },
    );
    result.current?.focus();
  };
  return (
    <section className="results-section" aria-labelledby="team-save-title">
      <h2 id="team-save-title">Save the consensus</h2>
      <p>
        Saving makes a new assessment in this browser from the consensus answers above (it never
        replaces one): the areas of every respondent, no role focus, the targets below, and the
        respondents’ notes, each headed by its author’s name. It then has results, a plan and
        milestones like any other.
      </p>
      <form onSubmit={save} className="team-save">
        <p className="assess-field">
          <label htmlFor="team-title">Name of the new assessment</label>
          <input
            id="team-title"
            value={title}
            maxLength={LIMITS.title}
            required
            onChange={(e) => update((s) => setRoundTitle(s, e.target.value))}
          />
        </p>
        <details className="team-targets">
          <summary>Targets (level {bank.defaultTarget} for every area unless set here)</summary>
          <ul className="team-targets__list">
            {round.areas.map((a) => (
              <li key={a.area.slug}>
                <label htmlFor={`team-target-${a.area.slug}`}>
                  {a.area.catalogId} {a.area.shortTitle}
                </label>{' '}
                <select
                  id={`team-target-${a.area.slug}`}
                  value={String(state.targets[a.area.slug] ?? '')}
                  onChange={(e) =>
                    update((s) =>
                      setRoundTarget(
                        s,
                        a.area.slug,
                        e.target.value ? Number(e.target.value) : null,
                      ),
                    )
                  }
                >
                  <option value="">
                    Default ({bank.defaultTarget} {levelName(bank, bank.defaultTarget)})
                  </option>
                  {bank.levels.map((l) => (
                    <option key={l.level} value={l.level}>
                      {l.level} {l.name}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </details>
        <p>
          <button type="submit" className="button" disabled={cleanTitle(title) === undefined}>
            Save as assessment
          </button>
        </p>
      </form>
      <div
        ref={result}
        tabIndex={-1}
        role="status"
        className={
          outcome
            ? `assess-message${outcome.kind === 'saved' ? '' : ' assess-message--error'}`
            : undefined
        }
      >
        {outcome?.kind === 'saved' && (
          <p>
            Saved as “{outcome.title}”, a new assessment in this browser.{' '}
            <a href={paths.results}>Open its results</a>
          </p>
        )}
        {outcome?.kind === 'unsaved' && (
          <>
            <p>
              Made “{outcome.assessment.title}” in this page only: it could not be saved in this
              browser’s storage. Download it to keep it, and import it on the results page.
            </p>
            <p>
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  downloadText(
                    exportFileName(outcome.assessment, 'json'),
                    exportJson(outcome.assessment),
                    'application/json',
                  )
                }
              >
                Download it (JSON)
              </button>
            </p>
          </>
        )}
        {outcome?.kind === 'failed' && <p>The consensus could not be made into an assessment.</p>}
      </div>
    </section>
  );
}
