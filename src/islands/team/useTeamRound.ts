import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addToRound,
  emptyTeamRound,
  openTeamRoundStore,
  reportSummary,
  type RoundCandidate,
  type RoundReport,
  type TeamRoundState,
  type TeamRoundStore,
  type TeamSaveStatus,
} from '../../lib/assessment/team-store.ts';
import { browserStorage } from '../../lib/assessment/store/storage.ts';
import type { Bank } from '../../schemas/bank.ts';
import type * as TeamImport from '../../lib/assessment/team-import.ts';

/** The last load: what became of each file or link, in one sentence and line by line. */
export interface LoadNotice {
  summary: string;
  report: RoundReport;
}

/** Reads candidates with the importer, which loads only when a round is loaded. */
export type CandidateReader = (
  importer: typeof TeamImport,
  bank: Bank,
) => Promise<RoundCandidate[]>;

let roundStore: TeamRoundStore | undefined;
const getRoundStore = () =>
  (roundStore ??= openTeamRoundStore({ storage: browserStorage('localStorage') }));

/**
 * The round of this page, kept in the browser on every change. Undefined `loaded` on the server
 * and during hydration, so the first render matches the HTML the server sent.
 */
export function useTeamRound(bank: Bank | undefined) {
  const [state, setState] = useState<TeamRoundState>(emptyTeamRound);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<TeamSaveStatus>({ saved: true });
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<LoadNotice>();
  const [busy, setBusy] = useState(false);
  // Loads run one after another against the latest round, whatever renders in between.
  const latest = useRef(state);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const readDone = useRef(false);

  useEffect(() => {
    const read = getRoundStore().load();
    latest.current = read.state;
    setState(read.state);
    setStatus(read.status);
    setProblems(read.problems);
    readDone.current = true;
    setLoaded(true);
  }, []);

  const commit = useCallback((next: TeamRoundState): TeamSaveStatus => {
    latest.current = next;
    setState(next);
    const saved = getRoundStore().save(next);
    setStatus(saved);
    return saved;
  }, []);

  const update = useCallback(
    (change: (state: TeamRoundState) => TeamRoundState) => {
      const next = change(latest.current);
      if (next !== latest.current) commit(next);
    },
    [commit],
  );

  // Chosen before the questions arrived: loaded as soon as they do.
  const waiting = useRef<{ from: 'files' | 'drop' | 'links'; read: CandidateReader }[]>([]);

  const load = useCallback(
    (from: 'files' | 'drop' | 'links', read: CandidateReader) => {
      if (!bank || !readDone.current) {
        waiting.current.push({ from, read });
        setBusy(true);
        return;
      }
      setBusy(true);
      queue.current = queue.current.then(async () => {
        try {
          const importer = await import('../../lib/assessment/team-import.ts');
          const candidates = await read(importer, bank);
          const { state: next, report } = addToRound(latest.current, candidates, bank, from);
          const saved = next === latest.current ? getRoundStore().save(next) : commit(next);
          setStatus(saved);
          setNotice({ report, summary: reportSummary(report, saved, next.entries.length) });
        } catch {
          setNotice({
            summary: 'The files could not be read. Nothing was changed.',
            report: { lines: [], added: 0, refused: 0 },
          });
        } finally {
          setBusy(false);
        }
      });
    },
    [bank, commit],
  );

  useEffect(() => {
    if (!bank || !loaded) return;
    const ready = waiting.current.splice(0);
    for (const { from, read } of ready) load(from, read);
  }, [bank, loaded, load]);

  return { state, loaded, status, problems, notice, busy, update, load, setNotice };
}
