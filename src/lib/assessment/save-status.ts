/** Whether the last change reached the browser's storage, for the UI to show. */
export type SaveStatus =
  | { saved: true }
  | {
      saved: false;
      /**
       * unavailable: no usable storage (private mode, blocked by settings);
       * write-failed: a write failed (quota exceeded); backup-failed: an unreadable or older
       * stored value could not be backed up, so it is left untouched and nothing is written.
       */
      reason: 'unavailable' | 'write-failed' | 'backup-failed';
    };

const WORDS = {
  unavailable: 'not saved: storage unavailable',
  'write-failed': 'not saved: storage is full or blocked',
  'backup-failed': 'not saved: earlier saved data could not be backed up',
} as const;

/** "saved" or "not saved: …", one line for a status bar. */
export function describeSaveStatus(status: SaveStatus): string {
  return status.saved ? 'saved' : WORDS[status.reason];
}
