import type { BankSummary } from '../../lib/assessment/index.ts';
import { useBank } from '../shared/useBank.ts';
import { activeOf, useStoreSnapshot } from '../shared/useStore.ts';
import { Questionnaire } from './Questionnaire.tsx';
import { StartForm } from './StartForm.tsx';

/**
 * The questionnaire page. The server renders the start form from a summary of the bank, so the
 * first view is real HTML that does not jump when the page hydrates; the stored assessments and
 * the full bank (fetched once, cached) then take over.
 */
export default function AssessmentApp({ summary }: { summary: BankSummary }) {
  const { bank, error } = useBank();
  const snapshot = useStoreSnapshot();
  if (error)
    return (
      <p role="alert" className="assess-message assess-message--error">
        {error}
      </p>
    );
  if (!snapshot || (!bank && activeOf(snapshot))) return <StartForm bank={summary} pending />;
  return <Questionnaire summary={summary} bank={bank} snapshot={snapshot} />;
}
