import {
  describeSaveStatus,
  exportFileName,
  exportJson,
  type StoreSnapshot,
} from '../../lib/assessment/index.ts';
import { downloadText } from './download.ts';
import { activeOf, getStore } from './useStore.ts';

/**
 * Says whether answers reach the browser's storage. When they cannot, it says what happens to
 * them, offers to try again and to download a copy; it never says "saved" before a write succeeded.
 */
export function SaveStatusBar({ snapshot }: { snapshot: StoreSnapshot }) {
  const { status, report } = snapshot;
  const active = activeOf(snapshot);
  const download = () =>
    active && downloadText(exportFileName(active, 'json'), exportJson(active), 'application/json');
  return (
    <>
      {status.saved ? (
        <p className="assess-saved" role="status">
          Answers are saved in this browser as you give them. Nothing is sent anywhere.
        </p>
      ) : (
        <div className="assess-message assess-message--error" role="alert">
          <p>Answers are {describeSaveStatus(status)}</p>
          <p className="assess-actions">
            {status.reason === 'write-failed' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => getStore().retry()}
              >
                Try saving again
              </button>
            )}
            {active && (
              <button type="button" className="button button--small" onClick={download}>
                Download a copy (JSON)
              </button>
            )}
          </p>
        </div>
      )}
      {report.problems.length > 0 && (
        <div className="assess-message" role="status">
          <p>
            Some saved data could not be read. What could be read was kept, and the original was set
            aside as a backup:
          </p>
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
