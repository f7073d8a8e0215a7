import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A failing fixture: the valid tree with a few changes, and the exact messages expected. */
export interface InvalidFixture {
  rule: string;
  changes: TreeChange[];
  expect: string[];
}

/** One change to the valid tree: replace text in a file, delete a file or folder, copy or write a file. */
export interface TreeChange {
  file: string;
  replace?: string;
  with?: string;
  delete?: boolean;
  copy?: string;
  write?: string;
}

export const fixturesDir = join(import.meta.dirname, '../../fixtures/content');

export function readFixture(name: string): InvalidFixture {
  return parse(readFileSync(join(fixturesDir, 'invalid', name), 'utf8')) as InvalidFixture;
}

/** Copies the valid tree to a temporary folder and applies the fixture's changes to it. */
export function materialise(fixture: InvalidFixture): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'a2o-content-'));
  cpSync(join(fixturesDir, 'valid'), root, { recursive: true });
  for (const change of fixture.changes) applyChange(root, change);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The valid tree with a few changes, for tests that state their changes inline. */
export function changedTree(...changes: TreeChange[]): { root: string; cleanup: () => void } {
  return materialise({ rule: '', changes, expect: [] });
}

function applyChange(root: string, change: TreeChange) {
  const path = join(root, change.file);
  if (change.delete) return rmSync(path, { recursive: true });
  if (change.copy) return cpSync(join(root, change.copy), path);
  if (change.write !== undefined) return writeFileSync(path, change.write);
  if (change.replace === undefined || !existsSync(path))
    throw new Error(`bad fixture change on ${change.file}`);
  const text = readFileSync(path, 'utf8');
  // A fixture that no longer changes anything would pass for the wrong reason.
  if (!text.includes(change.replace))
    throw new Error(`"${change.replace}" is not in ${change.file}`);
  writeFileSync(path, text.replace(change.replace, change.with ?? ''));
}
