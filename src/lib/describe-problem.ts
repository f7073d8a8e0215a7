import type { $ZodIssue } from 'zod/v4/core';

/**
 * Zod issues in plain words, for two audiences: a writer editing YAML in content/ and a
 * respondent importing an assessment file. One describer, two vocabularies; both paths are
 * written by the same formatter.
 */
export interface Vocabulary {
  /** How a kind of value is named: "a list (lines starting with "- ")" for a writer. */
  kinds: Readonly<Record<string, string>>;
  /** What to say about fields the schema does not know. */
  unknownFields: (keys: readonly string[]) => string;
  /** What to say about a key that is not a valid id. */
  invalidKey: string;
  /** Whether a string's length problem keeps the schema's own message (content schemas write one for writers). */
  ownLengthMessages: boolean;
  /** Whether a number where text belongs gets the YAML hint to put it in quotes. */
  quoteHint: boolean;
  /** A domain reason for a field, when the generic one would be vague; undefined for the generic one. */
  reasonFor?: (issue: $ZodIssue) => string | undefined;
}

const COMMON_KINDS = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a group of fields',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
};

/** The words for writers of content/: YAML terms and what to do. */
export const writerWords: Vocabulary = {
  kinds: { ...COMMON_KINDS, array: 'a list (lines starting with "- ")' },
  unknownFields: (keys) =>
    `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${keys.length > 1 ? 'them' : 'it'}`,
  invalidKey: 'is not a valid id: use lower-case letters, digits and single hyphens',
  ownLengthMessages: true,
  quoteHint: true,
};

/** The words for someone importing an assessment file: what is wrong with the file. */
export const respondentWords: Vocabulary = {
  kinds: { ...COMMON_KINDS, array: 'a list' },
  unknownFields: (keys) =>
    `${keys.map((k) => `"${shorten(k)}"`).join(', ')} ${keys.length > 1 ? 'are' : 'is'} not part of an assessment file, so the file is refused rather than imported without ${keys.length > 1 ? 'them' : 'it'}`,
  invalidKey: 'is not a valid id: use lower-case letters, digits and single hyphens',
  ownLengthMessages: false,
  quoteHint: false,
  reasonFor(issue) {
    const [field] = issue.path;
    if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return;
    if (field === 'answers' && issue.path.length === 2)
      return 'must be a level 1 to 5, "na" or "unknown"';
    if (field === 'targets' && issue.path.length === 2)
      return 'must be a level, a whole number from 1 to 5';
    if (issue.code === 'invalid_format' && issue.format === 'datetime')
      return 'must be a date and time with a time zone, for example "2025-03-31T09:30:00Z"';
    if (issue.code === 'invalid_format' && issue.format === 'date')
      return 'must be a day written YYYY-MM-DD, for example "2025-06-30"';
    return undefined;
  },
};

/** One issue as a reason, without its path: "is missing", "needs at least 3 items"… */
export function describeIssue(issue: $ZodIssue, words: Vocabulary): string {
  if (issue.code === 'unrecognized_keys') return words.unknownFields(issue.keys);
  if (issue.code === 'invalid_key') return words.invalidKey;
  const domain = words.reasonFor?.(issue);
  if (domain) return domain;
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue.expected, 'input' in issue ? issue.input : undefined, words);
    case 'too_small':
      return describeBound(issue, 'least', issue.minimum, words);
    case 'too_big':
      return describeBound(issue, 'most', issue.maximum, words);
    case 'invalid_value':
      return `must be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** A field path as people read it: questions[3].options[2].advice, answers["Bad key"]. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => segment(key, i === 0)).join('');
}

const PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const LONGEST_KEY = 40;

function segment(key: PropertyKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (PLAIN_KEY.test(name)) return first ? name : `.${name}`;
  return `[${JSON.stringify(shorten(name))}]`;
}

// Hostile or mistyped keys can be long: keep the message short.
function shorten(name: string): string {
  return name.length > LONGEST_KEY ? `${name.slice(0, LONGEST_KEY)}…` : name;
}

function describeType(expected: string, input: unknown, words: Vocabulary): string {
  if (input === undefined) return 'is missing';
  // A date field coerces what it gets: a missing or unreadable one arrives as an invalid Date.
  if (expected === 'date' && input instanceof Date && Number.isNaN(input.getTime()))
    return 'is missing, or is not a date written as YYYY-MM-DD';
  if (words.quoteHint && expected === 'string' && typeof input === 'number')
    return `should be text: put it in quotes, for example "${String(input)}"`;
  return `should be ${words.kinds[expected] ?? expected}, but it is ${kindOf(input)}`;
}

function describeBound(
  issue: { origin: string; message: string },
  side: 'least' | 'most',
  bound: unknown,
  words: Vocabulary,
) {
  const count = Number(bound);
  if (issue.origin === 'array') return `needs at ${side} ${count} item${count === 1 ? '' : 's'}`;
  if (issue.origin === 'string' && words.ownLengthMessages) return issue.message;
  if (issue.origin === 'string' && side === 'least' && count === 1) return 'must not be empty';
  if (issue.origin === 'string') return `must have at ${side} ${count} characters`;
  if (issue.origin === 'number') return `must be at ${side} ${count}`;
  return issue.message;
}

function kindOf(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return 'text';
  return `a ${typeof input}`;
}
