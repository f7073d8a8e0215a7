import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** Turns a zod issue into words a writer understands; the field path is printed separately. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue.expected, issue.input);
    case 'too_small':
      return describeBound(issue.origin, 'least', issue.minimum, issue.message);
    case 'too_big':
      return describeBound(issue.origin, 'most', issue.maximum, issue.message);
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function describeType(expected: string, input: unknown): string {
  if (input === undefined) return 'is missing';
  if (expected === 'string' && typeof input === 'number')
    return `should be text: put it in quotes, for example "${String(input)}"`;
  return `should be ${article(expected)}, but it is ${kindOf(input)}`;
}

function describeBound(origin: string, side: 'least' | 'most', bound: unknown, fallback: string) {
  if (origin === 'array') return `needs at ${side} ${String(bound)} item${bound === 1 ? '' : 's'}`;
  if (origin === 'string') return fallback;
  if (origin === 'number') return `must be at ${side} ${String(bound)}`;
  return fallback;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    array: 'a list (lines starting with "- ")',
    object: 'a group of fields',
    boolean: 'true or false',
    date: 'a date (YYYY-MM-DD)',
  };
  return names[expected] ?? expected;
}

function kindOf(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return 'text';
  return `a ${typeof input}`;
}
