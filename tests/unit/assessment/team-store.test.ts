import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/assessment/file-import.ts';
import { encodeShare, shareFragment } from '../../../src/lib/assessment/share.ts';
import { readRoundFiles, readRoundLinks } from '../../../src/lib/assessment/team-import.ts';
import {
  addToRound,
  clearRound,
  describeTeamStatus,
  emptyTeamRound,
  MAX_TEAM_BACKUPS,
  openTeamRoundStore,
  parseTeamRound,
  removeFromRound,
  reportSummary,
  resetConsensus,
  roundStage,
  setAnonymous,
  setConsensusAnswer,
  setRoundTarget,
  setRoundTitle,
  TEAM_BACKUP_PREFIX,
  TEAM_ROUND_KEY,
  teamMessages,
  type RoundCandidate,
  type TeamRoundState,
} from '../../../src/lib/assessment/team-store.ts';
import { memoryStorage } from '../../../src/lib/assessment/store/storage.ts';
import { importMessages } from '../../../src/lib/assessment/file-import.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import type { AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import { bank, fileLike, makeAssessment } from './helpers.ts';
import { failingStorage } from './store-fakes.ts';

const respondent = (name: string, extra: Partial<AssessmentFile> = {}) =>
  makeAssessment({
    title: `${name}'s answers`,
    respondent: { name },
    createdAt: `2025-0${(name.length % 9) + 1}-01T00:00:00Z`,
    answers: { 'alert-routing': 3 },
    ...extra,
  });
const candidate = (label: string, file: AssessmentFile): RoundCandidate => ({
  label,
  fileName: label,
  result: { ok: true, assessment: file, warnings: [] },
});
const refused = (label: string, error: string): RoundCandidate => ({
  label,
  fileName: label,
  result: { ok: false, error },
});
const roundWith = (...files: AssessmentFile[]) =>
  addToRound(
    emptyTeamRound(),
    files.map((f, i) => candidate(`r${i}.json`, f)),
    bank,
    'files',
  ).state;

describe('the stored round: one versioned key, read back as it was written', () => {
  it('writes { version: 1, … } under a2o:team-round and reads it back in a new page', () => {
    const storage = memoryStorage();
    const state: TeamRoundState = {
      ...roundWith(respondent('Ana'), respondent('Ben')),
      anonymous: true,
      consensus: { 'alert-routing': 4, 'privileged-access': null },
      targets: { 'access-security': 4 },
      title: 'Team Q3',
    };
    expect(openTeamRoundStore({ storage }).save(state)).toEqual({ saved: true });
    expect(storage.keys()).toEqual([TEAM_ROUND_KEY]);
    const stored = JSON.parse(storage.getItem(TEAM_ROUND_KEY)!) as TeamRoundState;
    expect(stored.version).toBe(1);
    expect(stored.entries.map((e) => e.fileName)).toEqual(['r0.json', 'r1.json']);
    const again = openTeamRoundStore({ storage }).load();
    expect(again).toEqual({ state, outcome: 'ok', problems: [], status: { saved: true } });
  });

  it('starts empty when nothing is stored', () => {
    const loaded = openTeamRoundStore({ storage: memoryStorage() }).load();
    expect(loaded).toMatchObject({ state: emptyTeamRound(), outcome: 'empty', problems: [] });
  });

  it('backs up a value that is not JSON, starts afresh and says so', () => {
    const storage = memoryStorage({ [TEAM_ROUND_KEY]: '{"version":1, entr' });
    const loaded = openTeamRoundStore({ storage, now: () => '2025-09-01T10:00:00.000Z' }).load();
    expect(loaded.state).toEqual(emptyTeamRound());
    expect(loaded.problems).toEqual([teamMessages.notJson, teamMessages.setAside]);
    expect(storage.getItem(`${TEAM_BACKUP_PREFIX}2025-09-01T10:00:00.000Z`)).toBe(
      '{"version":1, entr',
    );
    // The key now holds a valid round again.
    expect(parseTeamRound(storage.getItem(TEAM_ROUND_KEY)).outcome).toBe('ok');
  });

  it('keeps the respondents that validate and drops the rest, with a backup', () => {
    const good = roundWith(respondent('Ana'));
    const raw = JSON.stringify({
      ...good,
      entries: [...good.entries, { file: { format: 'other' } }, { fileName: 3 }],
      consensus: { 'Bad Key': 9 },
    });
    const storage = memoryStorage({ [TEAM_ROUND_KEY]: raw });
    const loaded = openTeamRoundStore({ storage, now: () => '2025-09-01T10:00:00.000Z' }).load();
    expect(loaded.outcome).toBe('recovered');
    expect(loaded.state.entries).toEqual(good.entries);
    expect(loaded.state.consensus).toEqual({});
    expect(loaded.problems).toEqual([
      teamMessages.droppedEntries(2),
      teamMessages.droppedSettings,
      teamMessages.setAside,
    ]);
    expect(storage.getItem(`${TEAM_BACKUP_PREFIX}2025-09-01T10:00:00.000Z`)).toBe(raw);
  });

  it('does not read a newer version down: backed up, and a new round', () => {
    const raw = JSON.stringify({ version: 2, entries: [], somethingNew: true });
    const storage = memoryStorage({ [TEAM_ROUND_KEY]: raw });
    const loaded = openTeamRoundStore({ storage, now: () => 't1' }).load();
    expect(loaded.problems[0]).toBe(teamMessages.newer(2));
    expect(loaded.state).toEqual(emptyTeamRound());
    expect(storage.getItem(`${TEAM_BACKUP_PREFIX}t1`)).toBe(raw);
  });

  it('reads anything else that is not a round as unreadable: an array, a number, null', () => {
    for (const raw of ['[]', '42', 'null', '"text"'])
      expect(parseTeamRound(raw)).toMatchObject({
        outcome: 'recovered',
        problems: [teamMessages.unreadable],
      });
  });

  it('keeps at most three backups', () => {
    const storage = memoryStorage();
    let tick = 0;
    for (let i = 0; i < 5; i++) {
      storage.setItem(TEAM_ROUND_KEY, 'broken');
      openTeamRoundStore({ storage, now: () => `t${++tick}` }).load();
    }
    expect(storage.keys().filter((k) => k.startsWith(TEAM_BACKUP_PREFIX))).toEqual([
      `${TEAM_BACKUP_PREFIX}t3`,
      `${TEAM_BACKUP_PREFIX}t4`,
      `${TEAM_BACKUP_PREFIX}t5`,
    ]);
    expect(MAX_TEAM_BACKUPS).toBe(3);
  });

  it('says a write failed, never that the round is kept, and succeeds once there is room', () => {
    const storage = failingStorage();
    const store = openTeamRoundStore({ storage });
    const state = roundWith(respondent('Ana'));
    const status = store.save(state);
    expect(status).toEqual({ saved: false, reason: 'write-failed' });
    expect(describeTeamStatus(status)).toContain('The round is not saved');
    expect(reportSummary({ lines: [], added: 1, refused: 0 }, status, 1)).toContain(
      'The round is not saved in this browser',
    );
    storage.fail.writes = false;
    expect(store.save(state)).toEqual({ saved: true });
    expect(describeTeamStatus({ saved: true })).toBeUndefined();
  });

  it('with no usable storage, says the round lasts only while the page is open', () => {
    const store = openTeamRoundStore({ storage: undefined });
    expect(store.load().status).toEqual({ saved: false, reason: 'unavailable' });
    expect(describeTeamStatus(store.save(emptyTeamRound()))).toContain(
      'lasts only while this page is open',
    );
    const blocked = openTeamRoundStore({
      storage: failingStorage(memoryStorage(), { reads: true }),
    });
    expect(blocked.load().status).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('never overwrites an unreadable round it could not back up', () => {
    const storage = failingStorage(memoryStorage({ [TEAM_ROUND_KEY]: 'broken' }));
    const loaded = openTeamRoundStore({ storage }).load();
    expect(loaded.status).toEqual({ saved: false, reason: 'write-failed' });
    expect(storage.getItem(TEAM_ROUND_KEY)).toBe('broken');
  });
});

describe('loading files and links into the round', () => {
  it('adds the good files and names each bad one with its problem; the others still load', () => {
    const { state, report } = addToRound(
      emptyTeamRound(),
      [
        candidate('ana.json', respondent('Ana')),
        refused('notes.txt', importMessages.notJson),
        candidate('ben.json', respondent('Ben')),
      ],
      bank,
      'files',
    );
    expect(state.entries.map((e) => e.fileName)).toEqual(['ana.json', 'ben.json']);
    expect(report).toEqual({
      added: 2,
      refused: 1,
      lines: [
        { label: 'ana.json', added: true, message: teamMessages.added('Ana'), notes: [] },
        { label: 'notes.txt', added: false, message: importMessages.notJson, notes: [] },
        { label: 'ben.json', added: true, message: teamMessages.added('Ben'), notes: [] },
      ],
    });
    expect(reportSummary(report, { saved: true }, 2)).toBe(
      '2 added; 1 not added (see below). The round has 2 respondents.',
    );
  });

  it('refuses a second copy of a file, and a later copy of the same respondent, keeping the first', () => {
    const ana = respondent('Ana');
    const start = roundWith(ana, respondent('Ben'));
    const later = { ...ana, updatedAt: '2025-12-01T00:00:00Z', answers: { 'alert-routing': 5 } };
    const reordered = Object.fromEntries(Object.entries(ana).reverse()) as AssessmentFile;
    const { state, report } = addToRound(
      start,
      [
        candidate('ana copy.json', reordered),
        candidate('ana later.json', later),
        // Same start time, another person: a different respondent.
        candidate('chloe.json', { ...ana, respondent: { name: 'Chloe' } }),
      ],
      bank,
      'drop',
    );
    expect(report.lines.map((l) => l.message)).toEqual([
      teamMessages.sameFile('Ana'),
      teamMessages.sameRespondent('Ana', ana.createdAt.slice(0, 10)),
      teamMessages.added('Chloe'),
    ]);
    expect(state.entries.slice(0, 2)).toEqual(start.entries);
    expect(state.entries[0]!.file.answers).toEqual(ana.answers);
  });

  it('refuses a file of another questionnaire: none of its answers is to a question here', () => {
    const start = roundWith(respondent('Ana'), respondent('Ben'));
    const other = respondent('Zed', {
      bank: { version: 'feedfacecafebeef' },
      answers: { 'some-other-question': 3, 'another-one': 'na' },
    });
    const { state, report } = addToRound(start, [candidate('zed.json', other)], bank, 'files');
    expect(state).toBe(start);
    expect(report.lines[0]).toEqual({
      label: 'zed.json',
      added: false,
      message: teamMessages.otherBank(2, 'feedfacecafebeef'),
      notes: [],
    });
    expect(reportSummary(report, { saved: true }, 2)).toBe(
      'Nothing was added. The round is unchanged, with 2 respondents.',
    );
  });

  it('takes a file of another bank version, listing what it leaves out', () => {
    const old = respondent('Old', {
      bank: { version: 'fedcba9876543210' },
      answers: { 'alert-routing': 2, 'old-question': 4, 'older-one': 1 },
      scope: ['notifications-alerts', 'retired-area'],
    });
    const { report } = addToRound(emptyTeamRound(), [candidate('old.json', old)], bank, 'files');
    expect(report.lines[0]).toEqual({
      label: 'old.json',
      added: true,
      message: teamMessages.added('Old'),
      notes: [
        teamMessages.otherVersion('fedcba9876543210'),
        teamMessages.leftOut(['old-question', 'older-one']),
        teamMessages.unknownScope(['retired-area']),
      ],
    });
    expect(teamMessages.leftOut(['old-question', 'older-one'])).toBe(
      '2 answers are to questions this bank lacks, left out: old-question, older-one.',
    );
  });

  it('says when there was nothing to load, and changes nothing', () => {
    const start = roundWith(respondent('Ana'));
    for (const [from, message] of [
      ['files', teamMessages.noFiles],
      ['drop', teamMessages.noDroppedFiles],
      ['links', teamMessages.noLinks],
    ] as const) {
      const { state, report } = addToRound(start, [], bank, from);
      expect(state).toBe(start);
      expect(report.lines).toEqual([{ label: '', added: false, message, notes: [] }]);
    }
  });

  it(`stops at ${LIMITS.teamRespondents} respondents, naming the files it could not add`, () => {
    const many = Array.from({ length: LIMITS.teamRespondents + 2 }, (_, i) =>
      candidate(`p${i}.json`, respondent(`Person ${i}`, { createdAt: '2025-01-01T00:00:00Z' })),
    );
    const { state, report } = addToRound(emptyTeamRound(), many, bank, 'files');
    expect(state.entries).toHaveLength(LIMITS.teamRespondents);
    expect(report.lines.slice(-2).map((l) => [l.label, l.added, l.message])).toEqual([
      [`p${LIMITS.teamRespondents}.json`, false, teamMessages.full],
      [`p${LIMITS.teamRespondents + 1}.json`, false, teamMessages.full],
    ]);
  });

  it('notes a file with no answers, and names people who share a name apart', () => {
    const { report } = addToRound(
      roundWith(respondent('Ana')),
      [
        candidate(
          'other-ana.json',
          respondent('Ana', { createdAt: '2025-06-06T00:00:00Z', answers: {} }),
        ),
      ],
      bank,
      'files',
    );
    expect(report.lines[0]).toMatchObject({
      added: true,
      message: teamMessages.added('Ana (2)'),
      notes: [teamMessages.noAnswers],
    });
  });

  it('tells where the round stands', () => {
    expect(roundStage(emptyTeamRound())).toBe('empty');
    expect(roundStage(roundWith(respondent('Ana')))).toBe('one');
    expect(roundStage(roundWith(respondent('Ana'), respondent('Ben')))).toBe('ready');
  });
});

describe('reading files and share links with the importer', () => {
  it('reads each file by the importer: a bad one becomes its message, the others their files', async () => {
    const good = JSON.stringify(respondent('Ana'));
    const candidates = await readRoundFiles(
      [
        { name: 'ana.json', ...fileLike(good) },
        { name: 'broken.json', ...fileLike('{ "format": ') },
        { name: 'huge.json', ...fileLike('{}', LIMITS.importBytes + 1) },
      ],
      bank,
    );
    expect(candidates.map((c) => [c.label, c.result.ok])).toEqual([
      ['ana.json', true],
      ['broken.json', false],
      ['huge.json', false],
    ]);
    expect(candidates[1]!.result).toEqual({ ok: false, error: importMessages.notJson });
    expect(candidates[2]!.result).toEqual({
      ok: false,
      error: importMessages.tooLarge(LIMITS.importBytes + 1),
    });
  });

  it('reads several pasted links, one per line or space apart, naming each by its place', async () => {
    const [ana, ben] = await Promise.all([
      encodeShare(respondent('Ana')),
      encodeShare(respondent('Ben')),
    ]);
    const text = [
      `https://a2o.example/assessment/${shareFragment(ana)}`,
      '',
      `  https://a2o.example/assessment/${shareFragment(ben)}   https://a2o.example/assessment/`,
      `https://a2o.example/assessment/#share=${ana.slice(0, 40)}`,
    ].join('\n');
    const candidates = await readRoundLinks(text, bank);
    expect(candidates.map((c) => c.label)).toEqual(['Link 1', 'Link 2', 'Link 3', 'Link 4']);
    expect(
      candidates.map((c) => (c.result.ok ? c.result.assessment.respondent?.name : c.result.error)),
    ).toEqual(['Ana', 'Ben', teamMessages.notALink, importMessages.damagedLink]);
    const { state } = addToRound(emptyTeamRound(), candidates, bank, 'links');
    // Links have no file name: the respondent's name, else "Respondent n".
    expect(state.entries.map((e) => e.fileName)).toEqual([undefined, undefined]);
  });

  it('a file imported through the importer and loaded twice is refused the second time', async () => {
    const text = JSON.stringify(respondent('Ana'));
    const first = importText(text, bank);
    expect(first.ok).toBe(true);
    const candidates = await readRoundFiles([{ name: 'a.json', ...fileLike(text) }], bank);
    const once = addToRound(emptyTeamRound(), candidates, bank, 'files').state;
    const twice = addToRound(once, candidates, bank, 'files');
    expect(twice.state).toBe(once);
    expect(twice.report.lines[0]!.message).toBe(teamMessages.sameFile('Ana'));
  });
});

describe('changing the round', () => {
  const start = roundWith(respondent('Ana'), respondent('Ben'), respondent('Chloe'));

  it('removes one respondent, keeping the others in order', () => {
    const next = removeFromRound(start, 1);
    expect(next.entries.map((e) => e.file.respondent?.name)).toEqual(['Ana', 'Chloe']);
    expect(removeFromRound(start, 7)).toBe(start);
  });

  it('changes, clears and restores consensus answers', () => {
    let state = setConsensusAnswer(start, 'alert-routing', 5);
    state = setConsensusAnswer(state, 'privileged-access', null);
    expect(state.consensus).toEqual({ 'alert-routing': 5, 'privileged-access': null });
    state = setConsensusAnswer(state, 'alert-routing', undefined);
    expect(state.consensus).toEqual({ 'privileged-access': null });
    expect(setConsensusAnswer(state, 'Not An Id', 3)).toBe(state);
    expect(setConsensusAnswer(state, 'alert-routing', undefined)).toBe(state);
    expect(resetConsensus(state).consensus).toEqual({});
  });

  it('sets targets, the title and the name switch; clearing keeps only the switch', () => {
    let state = setRoundTarget(start, 'access-security', 4);
    state = setRoundTarget(state, 'business-continuity', 9);
    expect(state.targets).toEqual({ 'access-security': 4 });
    expect(setRoundTarget(state, 'access-security', null).targets).toEqual({});
    state = setAnonymous(setRoundTitle(state, 'x'.repeat(200)), true);
    expect(state.title).toHaveLength(LIMITS.title);
    expect(setAnonymous(state, true)).toBe(state);
    expect(clearRound(state)).toEqual({ ...emptyTeamRound(), anonymous: true });
  });
});
