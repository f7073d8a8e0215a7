import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseTheme } from '../../src/lib/theme.ts';

describe('theme', () => {
  it('keeps a stored choice and ignores anything else', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('purple')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });

  it('follows the system until the reader chooses', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme(undefined, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });
});
