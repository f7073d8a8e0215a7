import { useEffect, useMemo, useState } from 'react';
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
import type * as View from './RoundView.tsx';

type ViewModule = typeof View;

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
  // The tables, the chart and the consensus load as soon as files are being read (or a stored
  // round has two respondents), without a Suspense boundary: React holds a boundary's fallback
  // for at least 300 ms, which would be most of the time a round of 50 takes to show.
  const [view, setView] = useState<ViewModule>();
  const wanted = round.busy || state.entries.length >= 2;
  useEffect(() => {
    if (wanted && !view) void import('./RoundView.tsx').then(setView);
  }, [wanted, view]);
  const RoundView = view?.RoundView;
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
          {state.entries.length >= 2 &&
            (RoundView ? (
              <RoundView bank={bank} state={state} update={round.update} />
            ) : (
              <p className="assess-message">Merging the answers…</p>
            ))}
        </>
      )}
      {!bank && !error && <p className="assess-message">Loading the questions…</p>}
    </div>
  );
}
