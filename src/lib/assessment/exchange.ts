/**
 * Importing files and share links, and making share links: one chunk the pages load when the
 * user imports, opens a share link or asks for one.
 */
export { decodeShare, encodeShare, shareFragment } from './share.ts';
export { importFileInto, importShareInto, type ImportOutcome } from './store/import.ts';
export { importJson, importText, importMessages } from './file-import.ts';
