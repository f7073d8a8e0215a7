import { lazy, Suspense, useMemo } from 'react';
import { roundRespondents } from '../../lib/assessment/team.ts';
import {
  clearRound,
  describeTeamStatus,
  removeFromRound,
  setAnonymous,
} from '../../lib/assessment/team-store.ts';
import { useBank } from '../shared/useBank.ts';
import { RoundLoader } from './RoundLoader.tsx';
import { Respondents } from './Respondents.tsx';
import { useTeamRound } from './useTeamRound.ts';

// The tables, the chart and the consensus: loaded once a round has two respondents.
const RoundView = lazy(() => import('./RoundView.tsx').then((m) => ({ default: m.RoundView })));

/**
 * The team round page: load the respondents' files or links, see who is in, and once there are
 * two or more, the merged picture, the discussion, the consensus and the workshop view. The
 * server renders the loader, so the form is there before the page has finished loading.
 */
export default function TeamApp() {
  const { bank, error } = useBank();
  const round = useTeamRound(bank);
  const { state, status, problems } = round;
  const respondents = useMemo(
    () => (bank ? roundRespondents(state.entries, bank, state.anonymous) : []),
    [bank, state.entries, state.anonymous],
  );
  const unsaved = describeTeamStatus(status);
  return (
    <div className="assess team">
      <RoundLoader
        ready={!!bank && round.loaded}
        busy={round.busy}
        notice={round.notice}
        onLoad={round.load}
      />
      {error && (
        <p role="alert" className="assess-message assess-message--error">
          {error}
        </p>
      )}
      <div role="alert" className={unsaved ? 'assess-message assess-message--error' : undefined}>
        {unsaved && <p>{unsaved}</p>}
      </div>
      {problems.length > 0 && (
        <div className="assess-message" role="status">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {bank && round.loaded && (
        <>
          <Respondents
            bank={bank}
            respondents={respondents}
            fileNames={state.entries.map((e) => e.fileName)}
            anonymous={state.anonymous}
            onAnonymous={(on) => round.update((s) => setAnonymous(s, on))}
            onRemove={(i) => round.update((s) => removeFromRound(s, i))}
            onClear={() => {
              round.update(clearRound);
              round.setNotice(undefined);
            }}
          />
          {state.entries.length > 0 && status.saved && (
            <p className="assess-saved">
              The round is kept in this browser: close the tab and come back to it here. Nothing is
              sent anywhere.
            </p>
          )}
          {state.entries.length >= 2 && (
            <Suspense fallback={<p className="assess-message">Merging the answers…</p>}>
              <RoundView bank={bank} state={state} update={round.update} />
            </Suspense>
          )}
        </>
      )}
      {!bank && !error && <p className="assess-message">Loading the questions…</p>}
    </div>
  );
}
