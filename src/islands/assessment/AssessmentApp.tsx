import { useBank } from '../shared/useBank.ts';
import { useStoreSnapshot } from '../shared/useStore.ts';
import { Questionnaire } from './Questionnaire.tsx';

/** The questionnaire page: loads the bank and the stored assessments, then shows the questions. */
export default function AssessmentApp() {
  const { bank, error } = useBank();
  const snapshot = useStoreSnapshot();
  if (error)
    return (
      <p role="alert" className="assess-message assess-message--error">
        {error}
      </p>
    );
  if (!bank || !snapshot) return <p className="assess-message">Loading the questions…</p>;
  return <Questionnaire bank={bank} snapshot={snapshot} />;
}
