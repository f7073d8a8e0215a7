/** Counts the words a reader sees in a value: every string inside it, however deeply nested. */
export function countWords(value: unknown): number {
  if (typeof value === 'string')
    return value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countWords(item), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((sum: number, v) => sum + countWords(v), 0);
  return 0;
}
