/**
 * Importing files and share links, and making share links: one chunk the pages load when the
 * user imports, opens a share link or asks for one.
 */
export { decodeShare, encodeShare, shareFragment } from './share.ts';
export { importFileInto, importShareInto } from './store/import.ts';
