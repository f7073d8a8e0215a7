import type { Bank } from '../../schemas/bank.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { failure, importJson, type FileLike } from './file-import.ts';
import { decodeShare, SHARE_PARAM } from './share.ts';
import { teamMessages, type RoundCandidate } from './team-store.ts';

/**
 * Reading the files and links of a team round with the importer every other page uses, so a
 * file is accepted here exactly when it would be imported. Loaded only when a round is loaded.
 */

/** A browser File, as far as a round needs it. */
export interface NamedFile extends FileLike {
  name: string;
}

/** Reads each file; a bad one becomes a candidate with its problem, never an exception. */
export function readRoundFiles(files: readonly NamedFile[], bank: Bank): Promise<RoundCandidate[]> {
  // More than a round can take are not even read: addToRound refuses them by name.
  return Promise.all(
    files.map(async (file, i) => ({
      label: file.name,
      fileName: file.name,
      result:
        i < LIMITS.teamRespondents ? await importJson(file, bank) : failure(teamMessages.full),
    })),
  );
}

/** The share links in pasted text: one per line or separated by spaces; "Link n" by position. */
export function splitLinks(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Reads each pasted link; a token that is no share link, or a damaged one, says so. */
export function readRoundLinks(text: string, bank: Bank): Promise<RoundCandidate[]> {
  return Promise.all(
    splitLinks(text).map(async (token, i) => {
      const hash = token.indexOf('#');
      const fragment = hash >= 0 ? token.slice(hash) : '';
      const label = `Link ${i + 1}`;
      if (!new RegExp(`[#&]${SHARE_PARAM}=`).test(fragment))
        return { label, result: failure(teamMessages.notALink) };
      return { label, result: await decodeShare(fragment, bank) };
    }),
  );
}
