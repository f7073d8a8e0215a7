/** Largest file (and decoded share link) accepted: 1 MB. Real assessments are a few kB. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** Most field problems listed in one message; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 3;

/** The messages a failed import shows, word for word (tests and the UI rely on them). */
export const importMessages = {
  tooLarge: (bytes: number) =>
    `This file is too large (${megabytes(bytes)} MB): an assessment file is at most 1 MB.`,
  empty: 'This file is empty.',
  unreadable: 'This file could not be read.',
  notJson: 'This file is not JSON, so it is not an assessment file.',
  notOurFormat: 'This is not an Administer to Operate assessment file.',
  unsupportedVersion: (version: unknown) =>
    typeof version === 'number'
      ? `This assessment file uses format version ${version}; this site reads version 1.${version > 1 ? ' It was made by a newer version of the site.' : ''}`
      : 'This assessment file does not say which format version it uses (expected version 1).',
  invalidFields: (problems: readonly string[]) => {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    const more = rest > 0 ? `; and ${rest} more problem${rest === 1 ? '' : 's'}` : '';
    return `This assessment file has invalid fields: ${listed}${more}.`;
  },
  damagedLink: 'This share link is damaged or incomplete. Ask for the link again.',
} as const;

/** Megabytes with one decimal, rounded up so a file just over the limit never reads "1.0 MB". */
function megabytes(bytes: number): string {
  return (Math.ceil(bytes / (MAX_IMPORT_BYTES / 10)) / 10).toFixed(1);
}
