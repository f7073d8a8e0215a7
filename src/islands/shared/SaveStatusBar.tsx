import {
  activeAssessment,
  describeSaveStatus,
  exportFileName,
  exportJson,
  type StoreSnapshot,
} from '../../lib/assessment/index.ts';
import { downloadText } from './download.ts';

/** Says whether answers reach the browser's storage; when they cannot, offers a download. */
export function SaveStatusBar({ snapshot }: { snapshot: StoreSnapshot }) {
  const { status, report, state } = snapshot;
  const active = activeAssessment(state);
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
          <p>
            Answers are {describeSaveStatus(status)}. They are kept while this page stays open;
            download a copy so you do not lose them.
          </p>
          {active && (
            <button type="button" className="button button--small" onClick={download}>
              Download a copy (JSON)
            </button>
          )}
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
