import { paths } from '../../lib/urls.ts';
import { activeAssessment } from '../../lib/assessment/index.ts';
import { useBank } from '../shared/useBank.ts';
import { useStoreSnapshot } from '../shared/useStore.ts';
import { AssessmentBar } from '../shared/AssessmentBar.tsx';
import { SaveStatusBar } from '../shared/SaveStatusBar.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ResultsBody } from './ResultsBody.tsx';

/** The results page: scores, how they were computed, the plan, exports and import. */
export default function ResultsApp() {
  const { bank, error } = useBank();
  const snapshot = useStoreSnapshot();
  if (error)
    return (
      <p role="alert" className="assess-message assess-message--error">
        {error}
      </p>
    );
  if (!bank || !snapshot) return <p className="assess-message">Loading your results…</p>;
  const active = activeAssessment(snapshot.state);
  return (
    <div className="assess">
      <SaveStatusBar snapshot={snapshot} />
      <AssessmentBar state={snapshot.state} bank={bank} />
      {active ? (
        <ResultsBody key={active.id} bank={bank} assessment={active} />
      ) : (
        <p className="assess-message">
          There is no assessment in this browser yet. <a href={paths.assessment}>Start one</a>, or
          import a file below.
        </p>
      )}
      <ImportPanel bank={bank} />
    </div>
  );
}
