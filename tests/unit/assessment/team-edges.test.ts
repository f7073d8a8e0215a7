import { describe, expect, it } from 'vitest';
import {
  readRoundFiles,
  readRoundLinks,
  splitLinks,
} from '../../../src/lib/assessment/team-import.ts';
import {
  addToRound,
  describeTeamStatus,
  emptyTeamRound,
  openTeamRoundStore,
  parseTeamRound,
  removeFromRound,
  reportSummary,
  resetConsensus,
  setRoundTarget,
  teamMessages,
  type RoundCandidate,
  type TeamRoundState,
} from '../../../src/lib/assessment/team-store.ts';
import {
  consensusFile,
  respondentName,
  respondentNames,
  roundRespondents,
  teamChartRows,
  teamRound,
} from '../../../src/lib/assessment/team.ts';
import { workshopDistribution, workshopStep } from '../../../src/lib/assessment/team-workshop.ts';
import { encodeShare } from '../../../src/lib/assessment/share.ts';
import { memoryStorage } from '../../../src/lib/assessment/store/storage.ts';
import type { AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { bank, fileLike, makeAssessment } from './helpers.ts';
import { failingStorage } from './store-fakes.ts';

// Team rounds at their edges: names, ties, counts, the consensus file, the stored round and its
// recovery, which candidates join, and the sentences the page shows.

const candidate = (file: AssessmentFile, fileName = 'r.json'): RoundCandidate => ({
  label: fileName,
  fileName,
  result: { ok: true, assessment: file, warnings: [] },
});
const named = (name: string | undefined, extra: Partial<AssessmentFile> = {}) =>
  makeAssessment({ ...(name !== undefined && { respondent: { name } }), ...extra });
const add = (state: TeamRoundState, ...candidates: RoundCandidate[]) =>
  addToRound(state, candidates, bank, 'files');

describe("respondents' names", () => {
  it('are the own name, trimmed, else the file name without ".json", else "Respondent n"', () => {
    expect(respondentName({ file: named('Ana') }, 0)).toBe('Ana');
    expect(respondentName({ file: named('  '), fileName: 'ana.json' }, 0)).toBe('ana');
    expect(respondentName({ file: named(undefined, { respondent: { role: 'x' } }) }, 1)).toBe(
      'Respondent 2',
    );
    expect(respondentName({ file: named(undefined), fileName: ' Ben Export.JSON' }, 0)).toBe(
      'Ben Export',
    );
    expect(respondentName({ file: named(undefined), fileName: 'x.json.bak' }, 0)).toBe(
      'x.json.bak',
    );
    expect(respondentName({ file: named('Ana') }, 0, true)).toBe('Respondent 1');
  });

  it('are made unique without being asked for anonymity', () => {
    expect(respondentNames([{ file: named('Ana') }, { file: named('ana') }])).toEqual([
      'Ana',
      'ana (2)',
    ]);
  });

  it('leave out only the retired questions that have an answer', () => {
    const file = named('Ana', { answers: { gone: 2 }, notes: { 'also-gone': 'a note' } });
    expect(roundRespondents([{ file }], bank)[0]!.leftOut).toEqual(['gone']);
  });
});

describe('a round of hand-worked ties and counts', () => {
  // No spread anywhere: the discussion order is the questionnaire order.
  const round = teamRound(
    [
      { file: named('Ana', { answers: { 'backup-restore-tests': 3, 'alert-routing': 2 } }) },
      { file: named('Ben', { answers: { 'backup-restore-tests': 3, 'alert-routing': 2 } }) },
      { file: named('Cy', { answers: { 'backup-restore-tests': 3 } }) },
    ],
    bank,
  );

  it('counts how many gave each level', () => {
    const backup = round.questions.find((q) => q.question.id === 'backup-restore-tests')!;
    expect(backup.counts).toEqual({ levels: [0, 0, 3, 0, 0], na: 0, unknown: 0, unanswered: 0 });
  });

  it('discusses questions of equal priority in area order, then question order', () => {
    expect(round.discussion.map((q) => q.question.id)).toEqual([
      'recovery-objectives',
      'backup-restore-tests',
      'continuity-exercises',
      'user-onboarding',
      'privileged-access',
      'service-health-alerts',
      'alert-routing',
    ]);
  });

  it("sorts the respondents' own area scores, whatever order they come in", () => {
    const scored = teamRound(
      [4, 1, 3].map((level, i) => ({
        file: named(`R${i}`, { answers: { 'user-onboarding': level as 1 | 3 | 4 } }),
      })),
      bank,
    );
    const access = scored.areas.find((a) => a.area.slug === 'access-security')!;
    expect([access.min?.display, access.median?.display, access.max?.display]).toEqual([
      '1.0',
      '3.0',
      '4.0',
    ]);
  });

  it('charts an area nobody scored without a bar, a band or a marker', () => {
    const unscored = teamRound(
      [{ file: named('Ana', { answers: { 'alert-routing': 'na' } }) }],
      bank,
    );
    const row = teamChartRows(unscored).find((r) => r.label === '99.40 Notifications')!;
    expect(row).toEqual({
      label: '99.40 Notifications',
      bars: [
        {
          value: undefined,
          display: 'no consensus score',
          level: undefined,
          low: undefined,
          high: undefined,
        },
      ],
      target: undefined,
    });
  });
});

describe('the consensus file', () => {
  const now = '2025-06-01T00:00:00Z';

  it('names the bank version, keeps the targets given, and cuts joined notes to the limit', () => {
    const long = 'n'.repeat(LIMITS.note);
    const round = teamRound(
      [
        {
          file: named('Ana', { answers: { 'alert-routing': 2 }, notes: { 'alert-routing': long } }),
        },
        {
          file: named('Ben', { answers: { 'alert-routing': 3 }, notes: { 'alert-routing': 'ok' } }),
        },
      ],
      bank,
    );
    const file = consensusFile(round, bank, {
      title: 'Team',
      now,
      targets: { 'access-security': 4 },
    });
    expect(file.bank).toEqual({ version: bank.version });
    expect(file.targets).toEqual({ 'access-security': 4 });
    expect(file.notes['alert-routing']).toHaveLength(LIMITS.note);
    expect(file.notes['alert-routing']!.startsWith('Ana: nnn')).toBe(true);
    expect(consensusFile(round, bank, { title: 'Team', now }).targets).toEqual({});
  });

  it('covers all areas only when every area of the bank is in some scope', () => {
    const round = teamRound(
      [
        {
          file: named('Ana', {
            scope: ['business-continuity', 'access-security', 'unknown-area'],
            answers: { 'alert-routing': 2 },
          }),
        },
      ],
      bank,
    );
    expect(consensusFile(round, bank, { title: 'Team', now }).scope).toEqual([
      'business-continuity',
      'access-security',
    ]);
  });
});

describe('which candidates join a round', () => {
  it('two files that differ only in their scope are two respondents', () => {
    const a = named(undefined, { scope: ['access-security'], answers: { 'user-onboarding': 2 } });
    const b = { ...a, scope: ['business-continuity'] };
    expect(add(emptyTeamRound(), candidate(a, 'a.json'), candidate(b, 'b.json')).report.added).toBe(
      2,
    );
  });

  it('the same file twice in one load, or with its fields in another order, joins once', () => {
    const a = named('Ana', { answers: { 'user-onboarding': 2, 'alert-routing': 3 } });
    // The same answers, listed the other way round.
    const reordered: AssessmentFile = {
      ...a,
      answers: { 'alert-routing': 3, 'user-onboarding': 2 },
    };
    const { report } = add(
      emptyTeamRound(),
      candidate(a, 'a.json'),
      candidate(a, 'a2.json'),
      candidate(reordered, 'a3.json'),
    );
    expect(report.lines.map((line) => line.message)).toEqual([
      'Added as Ana.',
      teamMessages.sameFile('Ana'),
      teamMessages.sameFile('Ana'),
    ]);
  });

  it('files without a name, or only a role, started at the same moment are different people', () => {
    const first = named(undefined, { answers: { 'user-onboarding': 2 } });
    const second = named(undefined, { answers: { 'user-onboarding': 3 } });
    const third = named(undefined, {
      respondent: { role: 'x' },
      answers: { 'user-onboarding': 4 },
    });
    expect(
      add(emptyTeamRound(), candidate(first), candidate(second), candidate(third)).report.added,
    ).toBe(3);
    const ana = named('Ana', { answers: { 'user-onboarding': 2 } });
    expect(add(emptyTeamRound(), candidate(ana), candidate(third)).report.added).toBe(2);
  });

  it('names are compared ignoring spaces at the ends and case, and nothing else', () => {
    const ana = named('Ana', { answers: { 'user-onboarding': 2 } });
    const again = named(' ANA ', { answers: { 'user-onboarding': 3 } });
    expect(add(emptyTeamRound(), candidate(ana), candidate(again)).report.lines[1]!.message).toBe(
      teamMessages.sameRespondent('Ana', '2025-01-01'),
    );
    const strauss = named('Strauß', { answers: { 'user-onboarding': 2 } });
    const other = named('STRAUSS', { answers: { 'user-onboarding': 3 } });
    expect(add(emptyTeamRound(), candidate(strauss), candidate(other)).report.added).toBe(2);
  });

  it('keeps at most 255 characters of a file name', () => {
    const long = `${'f'.repeat(300)}.json`;
    const { state } = add(emptyTeamRound(), candidate(named('Ana'), long));
    expect(state.entries[0]!.fileName).toBe('f'.repeat(255));
  });

  it('says when a file names a role this bank does not know', () => {
    const { report } = add(
      emptyTeamRound(),
      candidate(named('Ana', { focusRole: 'auditors', answers: { 'user-onboarding': 2 } })),
    );
    expect(report.lines[0]!.notes).toEqual([teamMessages.unknownRole('auditors')]);
  });
});

describe('changing a round', () => {
  const round = add(
    emptyTeamRound(),
    candidate(named('Ana'), 'a.json'),
    candidate(named('Ben'), 'b.json'),
  ).state;

  it('removes the respondent at an index, and nothing for an index outside the round', () => {
    expect(removeFromRound(round, 0).entries.map((e) => e.fileName)).toEqual(['b.json']);
    expect(removeFromRound(round, -1)).toBe(round);
    expect(removeFromRound(round, 2)).toBe(round);
  });

  it('changes nothing to reset an empty consensus or to set the target of an area that is no slug', () => {
    expect(resetConsensus(round)).toBe(round);
    expect(setRoundTarget(round, 'Not A Slug', 4)).toBe(round);
  });
});

describe('the stored round', () => {
  const entry = { file: named('Ana') };
  const stateWith = (extra: object) =>
    JSON.stringify({
      version: 1,
      entries: [entry],
      anonymous: false,
      consensus: {},
      targets: {},
      ...extra,
    });

  it('is kept under "a2o:team-round"', () => {
    const storage = memoryStorage();
    openTeamRoundStore({ storage }).save(emptyTeamRound());
    expect(storage.keys()).toEqual(['a2o:team-round']);
  });

  it('is not saved without storage', () => {
    expect(openTeamRoundStore({ storage: undefined }).save(emptyTeamRound())).toEqual({
      saved: false,
      reason: 'unavailable',
    });
  });

  it('is newer only when its version is a number above 1', () => {
    expect(parseTeamRound(stateWith({ version: 2 })).problems).toEqual([teamMessages.newer(2)]);
    expect(parseTeamRound(stateWith({ version: '5' })).problems).toEqual([teamMessages.unreadable]);
  });

  it('keeps the settings that validate when a respondent does not, and says only what was lost', () => {
    const loaded = parseTeamRound(
      JSON.stringify({
        version: 1,
        entries: [entry, { file: 'broken' }],
        anonymous: true,
        consensus: { 'alert-routing': 4 },
        targets: { 'access-security': 5 },
        title: 'Team Q3',
      }),
    );
    expect(loaded.state).toEqual({
      version: 1,
      entries: [entry],
      anonymous: true,
      consensus: { 'alert-routing': 4 },
      targets: { 'access-security': 5 },
      title: 'Team Q3',
    });
    expect(loaded.problems).toEqual([teamMessages.droppedEntries(1)]);
  });

  it('keeps the respondents when a setting does not validate, and says so once', () => {
    const loaded = parseTeamRound(stateWith({ anonymous: 'yes' }));
    expect(loaded.state).toStrictEqual({ ...emptyTeamRound(), entries: [entry] });
    expect(parseTeamRound(stateWith({ anonymous: 'yes', title: 5 })).state).not.toHaveProperty(
      'title',
    );
    expect(loaded.problems).toEqual([teamMessages.droppedSettings]);
  });

  it('says the round could not be read when its list is not one, or nothing in particular was wrong', () => {
    expect(parseTeamRound(stateWith({ entries: 'x' })).problems).toEqual([teamMessages.unreadable]);
    expect(parseTeamRound(stateWith({ entries: 'x', anonymous: 'yes' })).problems).toEqual([
      teamMessages.unreadable,
      teamMessages.droppedSettings,
    ]);
    const extra = parseTeamRound(stateWith({ colour: 'blue' }));
    expect(extra.state.entries).toEqual([entry]);
    expect(extra.problems).toEqual([teamMessages.unreadable]);
  });

  it('keeps at most the respondents a round takes', () => {
    const entries = Array.from({ length: LIMITS.teamRespondents + 1 }, (_, i) => ({
      file: named(`R${i}`),
    }));
    const loaded = parseTeamRound(stateWith({ entries, colour: 'x' }));
    expect(loaded.state.entries).toHaveLength(LIMITS.teamRespondents);
    expect(loaded.problems).toEqual([teamMessages.droppedEntries(1)]);
  });

  it('is not written over when its backup fails, and is backed up with the time now', () => {
    const base = memoryStorage({ 'a2o:team-round': '{"broken"' });
    const storage = failingStorage(base, {
      writesTo: (key) => key.startsWith('a2o:team-round:backup:'),
    });
    expect(openTeamRoundStore({ storage }).load().status).toEqual({
      saved: false,
      reason: 'write-failed',
    });
    expect(base.getItem('a2o:team-round')).toBe('{"broken"');
    const plain = memoryStorage({ 'a2o:team-round': '{"broken"' });
    const before = Date.now();
    openTeamRoundStore({ storage: plain }).load();
    const [backup] = plain.keys().filter((key) => key.startsWith('a2o:team-round:backup:'));
    const at = Date.parse(backup!.slice('a2o:team-round:backup:'.length));
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('keeps the three newest backups, whatever order their keys were written in', () => {
    const storage = memoryStorage({
      'a2o:team-round:backup:2024-05-01T00:00:00.000Z': 'may',
      'a2o:team-round:backup:2024-01-01T00:00:00.000Z': 'january',
      'a2o:team-round:backup:2024-03-01T00:00:00.000Z': 'march',
      'a2o:team': 'unrelated',
      'a2o:team-round': '{"broken"',
    });
    openTeamRoundStore({ storage, now: () => '2025-01-01T00:00:00.000Z' }).load();
    expect(
      storage
        .keys()
        .filter((key) => key.startsWith('a2o:team-round:backup:'))
        .sort(),
    ).toEqual([
      'a2o:team-round:backup:2024-03-01T00:00:00.000Z',
      'a2o:team-round:backup:2024-05-01T00:00:00.000Z',
      'a2o:team-round:backup:2025-01-01T00:00:00.000Z',
    ]);
    expect(storage.getItem('a2o:team')).toBe('unrelated');
  });
});

describe('what the page says about a load', () => {
  const saved = { saved: true } as const;
  const unsaved = { saved: false, reason: 'unavailable' } as const;

  it('when nothing was added', () => {
    expect(reportSummary({ lines: [], added: 0, refused: 1 }, saved, 1)).toBe(
      'Nothing was added. The round is unchanged, with 1 respondent.',
    );
    expect(reportSummary({ lines: [], added: 0, refused: 3 }, saved, 2)).toBe(
      'Nothing was added: none of the 3 could be loaded. The round is unchanged, with 2 respondents.',
    );
  });

  it('when some were added, saved or not', () => {
    expect(reportSummary({ lines: [], added: 2, refused: 1 }, saved, 3)).toBe(
      '2 added; 1 not added (see below). The round has 3 respondents.',
    );
    expect(reportSummary({ lines: [], added: 1, refused: 0 }, unsaved, 1)).toBe(
      '1 added. The round has 1 respondent. The round is not saved in this browser, so it lasts only while this page is open.',
    );
  });

  it('the save status in words', () => {
    expect(describeTeamStatus({ saved: true })).toBeUndefined();
    expect(describeTeamStatus({ saved: false, reason: 'unavailable' })).toBe(
      'The round is not saved: this browser does not allow storage here (a private window, or storage blocked), so it lasts only while this page is open.',
    );
    expect(describeTeamStatus({ saved: false, reason: 'write-failed' })).toBe(
      'The round is not saved: the browser’s storage is full, or an unreadable saved round could not be set aside. It lasts only while this page is open; every change tries again. The team report and “Save as assessment” still work.',
    );
  });
});

describe('reading files and links for a round', () => {
  it('does not read files past the number a round takes', async () => {
    let read = 0;
    const text = JSON.stringify(named('Ana'));
    const files = Array.from({ length: LIMITS.teamRespondents + 1 }, (_, i) => ({
      name: `r${i}.json`,
      ...fileLike(text),
      text: () => {
        read += 1;
        return Promise.resolve(text);
      },
    }));
    const candidates = await readRoundFiles(files, bank);
    expect(read).toBe(LIMITS.teamRespondents);
    expect(candidates.at(-1)).toEqual({
      label: `r${LIMITS.teamRespondents}.json`,
      fileName: `r${LIMITS.teamRespondents}.json`,
      result: { ok: false, error: teamMessages.full },
    });
  });

  it('splits pasted text on any run of spaces and line breaks', () => {
    expect(splitLinks('  a \n\n b\tc  ')).toEqual(['a', 'b', 'c']);
  });

  it('reads a bare "#share=…" fragment as a link', async () => {
    const fragment = `#share=${await encodeShare(named('Ana'))}`;
    const [link] = await readRoundLinks(fragment, bank);
    expect(link?.label).toBe('Link 1');
    expect(link?.result.ok).toBe(true);
  });
});

describe('the workshop view', () => {
  it('steps back one question', () => {
    expect(workshopStep(3, 5, 'previous')).toBe(2);
  });

  it('shows a distribution of nobody as empty bars', () => {
    expect(
      workshopDistribution({ respondents: [] }, { answers: [] }).map((row) => row.share),
    ).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
