// zod/mini, like the file format it stores: this runs in the browser on every load.
import * as z from 'zod/mini';
import {
  answerSchema,
  assessmentFileSchema,
  fileLevelSchema,
  fileSlugSchema,
  type Answer,
  type AssessmentFile,
} from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { ownEntry } from './bank.ts';
import { isRecord, toAssessmentFile } from './file-format.ts';
import type { ImportResult } from './file-import.ts';
import { ignoredScope } from './scope.ts';
import { storageKeys, type KeyValueStorage } from './store/storage.ts';
import { respondentNames, roundRespondents } from './team.ts';

/**
 * The team round a facilitator is running (DESIGN.md, "Team rounds"): which respondents' files,
 * the name switch and the consensus draft, kept in this browser so the tab can be closed and the
 * round taken up again. Pure actions on the state, and a thin layer of storage around them.
 *
 * One localStorage key, TEAM_ROUND_KEY, as JSON: { version: 1, entries, anonymous, consensus,
 * targets, title? }. A stored value that cannot be read whole is copied to a backup key first;
 * what validates is kept, and the page says what was not.
 */
export const TEAM_ROUND_KEY = 'a2o:team-round';

/** Version of the stored shape. */
export const TEAM_ROUND_VERSION = 1;

/** Prefix of the keys under which an unreadable stored round is kept before it is replaced. */
export const TEAM_BACKUP_PREFIX = `${TEAM_ROUND_KEY}:backup:`;

/** Backups kept at most; older ones are removed when a new one is made. */
export const MAX_TEAM_BACKUPS = 3;

/** Characters of a file name kept as the fallback for a respondent's name. */
const FILE_NAME_CHARS = 255;

/** One respondent of the round. */
export const teamEntrySchema = z.strictObject({
  /** The respondent's assessment file, as the importer accepted it. */
  file: assessmentFileSchema,
  /** The name of the file it came from (absent for a share link): the fallback for a name. */
  fileName: z.optional(z.string().check(z.maxLength(FILE_NAME_CHARS))),
});

/** The stored round, version 1. */
export const teamRoundStateSchema = z.strictObject({
  /** Version of this stored shape: 1. */
  version: z.literal(TEAM_ROUND_VERSION),
  /** The respondents, in the order they were loaded. */
  entries: z.array(teamEntrySchema).check(z.maxLength(LIMITS.teamRespondents)),
  /** Show "Respondent 1…" instead of names, for a screen the whole team sees. */
  anonymous: z.boolean(),
  /** The facilitator's changes to the consensus draft by question id; null means no answer. */
  consensus: z.record(fileSlugSchema, z.nullable(answerSchema)),
  /** Target levels the facilitator set per area slug for the saved consensus. */
  targets: z.record(fileSlugSchema, fileLevelSchema),
  /** The name the consensus is saved under, as typed so far. */
  title: z.optional(z.string().check(z.maxLength(LIMITS.title))),
});

export type TeamEntry = z.infer<typeof teamEntrySchema>;
export type TeamRoundState = z.infer<typeof teamRoundStateSchema>;

export function emptyTeamRound(): TeamRoundState {
  return { version: TEAM_ROUND_VERSION, entries: [], anonymous: false, consensus: {}, targets: {} };
}

// ---- Reading and writing -----------------------------------------------------------------

/** How a stored round was read: nothing stored, valid, or recovered (problems say what was lost). */
export interface TeamRoundLoad {
  state: TeamRoundState;
  outcome: 'empty' | 'ok' | 'recovered';
  /** One plain sentence per thing that could not be kept. */
  problems: string[];
}

/** The words of the round's problems and outcomes, word for word (tests and the page rely on them). */
export const teamMessages = {
  notJson: 'The team round saved in this browser could not be read (it is not JSON).',
  unreadable: 'The team round saved in this browser could not be read.',
  newer: (version: number) =>
    `The team round saved in this browser comes from a newer version of this site (version ${version}).`,
  droppedEntries: (count: number) =>
    `${count} respondent${count === 1 ? '' : 's'} of the saved round could not be read and ${count === 1 ? 'was' : 'were'} left out.`,
  droppedSettings: 'Some settings of the saved round (names, consensus changes) could not be read.',
  setAside:
    'What could be read was kept; the saved value was set aside as a backup in this browser.',
  noFiles: 'No file was chosen, so nothing was added to the round.',
  noDroppedFiles: 'Nothing was dropped that could be read: drop assessment files (.json).',
  noLinks: 'No share link was found in the text: paste links that contain “#share=”.',
  notALink: 'This is not a share link: it has no “#share=” part.',
  full: `A team round takes at most ${LIMITS.teamRespondents} respondents.`,
  sameFile: (name: string) => `It is the same file as ${name}’s, already in the round.`,
  sameRespondent: (name: string, day: string) =>
    `It is another copy of ${name}’s assessment (the same respondent, started ${day}), already in the round. Remove that one first to load this copy instead.`,
  otherBank: (answers: number, version: string) =>
    `${answers === 1 ? 'Its one answer is not' : `None of its ${answers} answers is`} to a question of this site’s question bank (the file names bank version ${version}), so it belongs to another questionnaire.`,
  added: (name: string) => `Added as ${name}.`,
  otherVersion: (version: string) =>
    `Made with another version of the question bank (${version}); answers are matched to questions by id.`,
  leftOut: (ids: readonly string[]) =>
    `${ids.length} answer${ids.length === 1 ? ' is' : 's are'} to questions this bank lacks, left out: ${ids.join(', ')}.`,
  noAnswers: 'It has no answers yet: it counts as unanswered everywhere.',
  unknownScope: (areas: readonly string[]) =>
    `Areas this bank does not know are ignored: ${areas.join(', ')}.`,
  unknownRole: (role: string) => `The role “${role}” is not known here and is ignored.`,
} as const;

/** Reads the stored text of a round; never throws. */
export function parseTeamRound(raw: string | null): TeamRoundLoad {
  if (raw === null) return { state: emptyTeamRound(), outcome: 'empty', problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return recovered(emptyTeamRound(), [teamMessages.notJson]);
  }
  const strict = teamRoundStateSchema.safeParse(value);
  if (strict.success) return { state: strict.data, outcome: 'ok', problems: [] };
  if (!isRecord(value)) return recovered(emptyTeamRound(), [teamMessages.unreadable]);
  const version = value['version'];
  if (typeof version === 'number' && version > TEAM_ROUND_VERSION)
    return recovered(emptyTeamRound(), [teamMessages.newer(version)]);
  return salvage(value);
}

function recovered(state: TeamRoundState, problems: string[]): TeamRoundLoad {
  return { state, outcome: 'recovered', problems };
}

/** Keeps every respondent and setting that validates; says what did not. */
function salvage(value: Record<string, unknown>): TeamRoundLoad {
  const list: unknown[] = Array.isArray(value['entries']) ? (value['entries'] as unknown[]) : [];
  const entries = list.flatMap((entry) => {
    const parsed = teamEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const kept = entries.slice(0, LIMITS.teamRespondents);
  const shape = teamRoundStateSchema.shape;
  const anonymous = shape.anonymous.safeParse(value['anonymous']);
  const consensus = shape.consensus.safeParse(value['consensus']);
  const targets = shape.targets.safeParse(value['targets']);
  const title = shape.title.safeParse(value['title']);
  const problems = [
    ...(Array.isArray(value['entries']) ? [] : [teamMessages.unreadable]),
    ...(list.length > kept.length ? [teamMessages.droppedEntries(list.length - kept.length)] : []),
    ...(anonymous.success && consensus.success && targets.success
      ? []
      : [teamMessages.droppedSettings]),
  ];
  return recovered(
    {
      ...emptyTeamRound(),
      entries: kept,
      anonymous: anonymous.success ? anonymous.data : false,
      consensus: consensus.success ? consensus.data : {},
      targets: targets.success ? targets.data : {},
      ...(title.success && title.data !== undefined && { title: title.data }),
    },
    problems.length ? problems : [teamMessages.unreadable],
  );
}

/** Whether the round reached the browser's storage. */
export type TeamSaveStatus =
  | { saved: true }
  | {
      saved: false;
      /** unavailable: no usable storage (private window, blocked); write-failed: storage full. */
      reason: 'unavailable' | 'write-failed';
    };

export interface TeamRoundStore {
  /** Reads the stored round, backing up and replacing a value that cannot be read whole. */
  load(): TeamRoundLoad & { status: TeamSaveStatus };
  /** Writes the round; says whether it reached storage. */
  save(state: TeamRoundState): TeamSaveStatus;
}

export interface TeamStoreOptions {
  /** localStorage in the browser; undefined when there is none. */
  storage: KeyValueStorage | undefined;
  now?: () => string;
}

export function openTeamRoundStore({ storage, now }: TeamStoreOptions): TeamRoundStore {
  const clock = now ?? (() => new Date().toISOString());
  const unavailable: TeamSaveStatus = { saved: false, reason: 'unavailable' };
  const save = (state: TeamRoundState): TeamSaveStatus => {
    if (!storage) return unavailable;
    try {
      storage.setItem(TEAM_ROUND_KEY, JSON.stringify(state));
      return { saved: true };
    } catch {
      return { saved: false, reason: 'write-failed' };
    }
  };
  return {
    load() {
      if (!storage) return { ...parseTeamRound(null), status: unavailable };
      let raw: string | null;
      try {
        raw = storage.getItem(TEAM_ROUND_KEY);
      } catch {
        return { ...parseTeamRound(null), status: unavailable };
      }
      const loaded = parseTeamRound(raw);
      if (loaded.outcome !== 'recovered' || raw === null)
        return { ...loaded, status: { saved: true } };
      if (!backUp(storage, raw, clock()))
        // Without a backup nothing may overwrite the unreadable value: the round stays in the page.
        return { ...loaded, status: { saved: false, reason: 'write-failed' } };
      const problems = [...loaded.problems, teamMessages.setAside];
      return { ...loaded, problems, status: save(loaded.state) };
    },
    save,
  };
}

function backUp(storage: KeyValueStorage, raw: string, now: string): boolean {
  try {
    storage.setItem(`${TEAM_BACKUP_PREFIX}${now}`, raw);
  } catch {
    return false;
  }
  const backups = storageKeys(storage)
    .filter((key) => key.startsWith(TEAM_BACKUP_PREFIX))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - MAX_TEAM_BACKUPS)))
    storage.removeItem(old);
  return true;
}

// ---- Loading files and links into the round -----------------------------------------------

/** A file or a link read by the importer, waiting to join the round. */
export interface RoundCandidate {
  /** What the facilitator knows it by: the file name, or "Link 2". */
  label: string;
  /** The file's name, kept as the fallback for the respondent's name; absent for a link. */
  fileName?: string;
  result: ImportResult;
}

/** What became of one file or link. */
export interface RoundReportLine {
  label: string;
  added: boolean;
  /** One sentence: added as whom, or why not. */
  message: string;
  /** What the file's contents mean here: another bank version, answers left out. */
  notes: string[];
}

/** What a load did: one line per file or link, and the counts. */
export interface RoundReport {
  lines: RoundReportLine[];
  added: number;
  refused: number;
}

/**
 * Adds the candidates that can join: each validated by the importer already, then refused if it
 * repeats a respondent already in the round, belongs to another questionnaire, or would pass the
 * limit. A refused one changes nothing; the others still join.
 */
export function addToRound(
  state: TeamRoundState,
  candidates: readonly RoundCandidate[],
  bank: Bank,
  from: 'files' | 'drop' | 'links',
): { state: TeamRoundState; report: RoundReport } {
  if (candidates.length === 0) {
    const message =
      from === 'files'
        ? teamMessages.noFiles
        : from === 'drop'
          ? teamMessages.noDroppedFiles
          : teamMessages.noLinks;
    return {
      state,
      report: { lines: [{ label: '', added: false, message, notes: [] }], added: 0, refused: 1 },
    };
  }
  let entries = state.entries;
  // Each file's canonical text, made once: comparing every candidate with every file again would
  // grow with the square of the round (200 respondents are 40,000 comparisons).
  const texts = entries.map((entry) => canonical(toAssessmentFile(entry.file)));
  const lines = candidates.map(({ label, fileName, result }): RoundReportLine => {
    const refuse = (message: string) => ({ label, added: false, message, notes: [] });
    if (!result.ok) return refuse(result.error);
    const file = toAssessmentFile(result.assessment);
    const text = canonical(file);
    const names = () => respondentNames(entries, state.anonymous);
    const twin = texts.indexOf(text);
    if (twin >= 0) return refuse(teamMessages.sameFile(names()[twin]!));
    const copy = entries.findIndex((entry) => sameRespondent(entry.file, file));
    if (copy >= 0)
      return refuse(teamMessages.sameRespondent(names()[copy]!, file.createdAt.slice(0, 10)));
    const answered = Object.keys(file.answers).length;
    const [respondent] = roundRespondents([{ file }], bank);
    if (answered > 0 && respondent!.leftOut.length === answered)
      return refuse(teamMessages.otherBank(answered, file.bank.version));
    if (entries.length >= LIMITS.teamRespondents) return refuse(teamMessages.full);
    const entry: TeamEntry = {
      file,
      ...(fileName && { fileName: fileName.slice(0, FILE_NAME_CHARS) }),
    };
    entries = [...entries, entry];
    texts.push(text);
    const name = respondentNames(entries, state.anonymous).at(-1)!;
    return {
      label,
      added: true,
      message: teamMessages.added(name),
      notes: fileNotes(file, bank, respondent!.leftOut),
    };
  });
  const added = lines.filter((line) => line.added).length;
  return {
    state: added ? { ...state, entries } : state,
    report: { lines, added, refused: lines.length - added },
  };
}

/** What a file's contents mean in this round, beyond its answers. */
function fileNotes(file: AssessmentFile, bank: Bank, leftOut: readonly string[]): string[] {
  const ignored = ignoredScope(bank, file);
  return [
    file.bank.version === bank.version ? '' : teamMessages.otherVersion(file.bank.version),
    leftOut.length ? teamMessages.leftOut(leftOut) : '',
    Object.keys(file.answers).length === 0 ? teamMessages.noAnswers : '',
    ignored.areas.length ? teamMessages.unknownScope(ignored.areas) : '',
    ignored.role === undefined ? '' : teamMessages.unknownRole(ignored.role),
  ].filter(Boolean);
}

/**
 * Another copy of one respondent's assessment: the same named respondent and the same start
 * time (an export made later, with more answers). Two people never share both.
 */
function sameRespondent(a: AssessmentFile, b: AssessmentFile): boolean {
  const name = (file: AssessmentFile) => file.respondent?.name?.trim().toLowerCase() ?? '';
  return name(a) !== '' && name(a) === name(b) && a.createdAt === b.createdAt;
}

/** A value as text with every object's keys sorted: the same file twice gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Takes a respondent out of the round. */
export function removeFromRound(state: TeamRoundState, index: number): TeamRoundState {
  if (index < 0 || index >= state.entries.length) return state;
  return { ...state, entries: state.entries.filter((_, i) => i !== index) };
}

/** Shows "Respondent 1…" instead of names, or the names again. */
export function setAnonymous(state: TeamRoundState, anonymous: boolean): TeamRoundState {
  return state.anonymous === anonymous ? state : { ...state, anonymous };
}

/**
 * Changes the consensus answer of a question: an answer, null for none, or undefined to go back
 * to the team's draft.
 */
export function setConsensusAnswer(
  state: TeamRoundState,
  questionId: string,
  answer: Answer | null | undefined,
): TeamRoundState {
  if (!fileSlugSchema.safeParse(questionId).success) return state;
  const { [questionId]: _previous, ...rest } = state.consensus;
  if (answer === undefined)
    return ownEntry(state.consensus, questionId) === undefined
      ? state
      : { ...state, consensus: rest };
  return { ...state, consensus: { ...rest, [questionId]: answer } };
}

/** Every consensus answer back to the team's draft. */
export function resetConsensus(state: TeamRoundState): TeamRoundState {
  return Object.keys(state.consensus).length === 0 ? state : { ...state, consensus: {} };
}

/** The target of an area for the saved consensus; null for the default. */
export function setRoundTarget(
  state: TeamRoundState,
  areaSlug: string,
  target: number | null,
): TeamRoundState {
  if (!fileSlugSchema.safeParse(areaSlug).success) return state;
  const { [areaSlug]: _previous, ...rest } = state.targets;
  const level = fileLevelSchema.safeParse(target);
  return { ...state, targets: level.success ? { ...rest, [areaSlug]: level.data } : rest };
}

/** The name the consensus will be saved under, as typed. */
export function setRoundTitle(state: TeamRoundState, title: string): TeamRoundState {
  return { ...state, title: title.slice(0, LIMITS.title) };
}

/** A new, empty round; the name switch stays as the facilitator set it. */
export function clearRound(state: TeamRoundState): TeamRoundState {
  return { ...emptyTeamRound(), anonymous: state.anonymous };
}

/** Where the round stands: nothing loaded, one respondent (not a round yet), or ready. */
export function roundStage(state: { entries: readonly unknown[] }): 'empty' | 'one' | 'ready' {
  return state.entries.length === 0 ? 'empty' : state.entries.length === 1 ? 'one' : 'ready';
}

/** The load report in one sentence, saying whether the round is kept in this browser. */
export function reportSummary(
  report: RoundReport,
  status: TeamSaveStatus,
  respondents: number,
): string {
  const total = report.added + report.refused;
  const kept = status.saved
    ? ''
    : ' The round is not saved in this browser, so it lasts only while this page is open.';
  if (report.added === 0)
    return `Nothing was added${total > 1 ? `: none of the ${total} could be loaded` : ''}. The round is unchanged, with ${respondents} respondent${respondents === 1 ? '' : 's'}.`;
  const refused = report.refused ? `; ${report.refused} not added (see below)` : '';
  return `${report.added} added${refused}. The round has ${respondents} respondent${respondents === 1 ? '' : 's'}.${kept}`;
}

/** The round's save status in words; undefined when it is saved. */
export function describeTeamStatus(status: TeamSaveStatus): string | undefined {
  if (status.saved) return undefined;
  return status.reason === 'unavailable'
    ? 'The round is not saved: this browser does not allow storage here (a private window, or storage blocked), so it lasts only while this page is open.'
    : 'The round is not saved: the browser’s storage is full, or an unreadable saved round could not be set aside. It lasts only while this page is open; every change tries again. The team report and “Save as assessment” still work.';
}
