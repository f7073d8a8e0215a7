/** Lower-case words joined by single hyphens: the form of every id and slug. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What to do when a slug is malformed. */
export const SLUG_MESSAGE =
  'use lower-case letters, digits and single hyphens (for example "access-security")';

/** Identifies a question bank file among other JSON documents. */
export const BANK_FORMAT = 'administer-to-operate/bank';
