import type { core } from 'zod/mini';
import { formatFieldPath } from './field-path.ts';

type Issue = core.$ZodIssue;

const ANSWER = 'must be a level 1 to 5, "na" or "unknown"';
const LEVEL = 'must be a level, a whole number from 1 to 5';
const ID = 'is not a valid id: use lower-case letters, digits and single hyphens';
const DATE_TIME = 'must be a date and time with a time zone, for example "2025-03-31T09:30:00Z"';

/** "field answers.q-1: must be a level 1 to 5, "na" or "unknown"": one problem in plain words. */
export function describeFieldProblem(issue: Issue): string {
  return `field ${formatFieldPath(issue.path)}: ${reason(issue)}`;
}

function reason(issue: Issue): string {
  const [field] = issue.path;
  if (issue.code === 'invalid_key') return ID;
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined)
    return 'is missing';
  if (field === 'answers') return ANSWER;
  if (field === 'targets') return LEVEL;
  return genericReason(issue);
}

function genericReason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${words(issue.expected)}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? DATE_TIME : issue.message;
    case 'too_small':
      return bound(issue.origin, 'least', issue.minimum);
    case 'too_big':
      return bound(issue.origin, 'most', issue.maximum);
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function bound(origin: string, side: 'least' | 'most', limit: unknown): string {
  if (origin === 'string' && side === 'least' && limit === 1) return 'must not be empty';
  if (origin === 'string') return `must have at ${side} ${String(limit)} characters`;
  if (origin === 'array') return `must have at ${side} ${String(limit)} entries`;
  return `must be at ${side} ${String(limit)}`;
}

function words(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'a group of fields',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}
