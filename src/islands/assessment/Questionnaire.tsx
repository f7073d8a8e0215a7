import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import type { BankSummary, StoreSnapshot } from '../../lib/assessment/index.ts';
import { AssessmentBar } from '../shared/AssessmentBar.tsx';
import { SaveStatusBar } from '../shared/SaveStatusBar.tsx';
import { activeOf } from '../shared/useStore.ts';
import { ShareOffer } from './ShareOffer.tsx';
import { LinkScopeOffer, useLinkScope } from './LinkScopeOffer.tsx';
import { StartForm } from './StartForm.tsx';
import { AnswerArea } from './AnswerArea.tsx';

interface Props {
  summary: BankSummary;
  /** Undefined until the full bank has loaded. */
  bank: Bank | undefined;
  snapshot: StoreSnapshot;
}

export function Questionnaire({ summary, bank, snapshot }: Props) {
  const active = activeOf(snapshot);
  const linkScope = useLinkScope(summary);
  const [starting, setStarting] = useState(false);
  // After "Start", the first area's heading takes focus (and scrolls into view).
  const [justStarted, setJustStarted] = useState(false);
  const showStart = starting || !active;
  return (
    <div className="assess">
      {bank && <ShareOffer bank={bank} />}
      <SaveStatusBar snapshot={snapshot} />
      <AssessmentBar
        snapshot={snapshot}
        bank={summary}
        onNew={showStart ? undefined : () => setStarting(true)}
      />
      {active && !starting && (
        <LinkScopeOffer bank={summary} active={active} linkScope={linkScope} />
      )}
      {showStart || !bank ? (
        <StartForm
          bank={summary}
          initial={linkScope}
          pending={!bank}
          onDone={() => {
            setStarting(false);
            setJustStarted(true);
          }}
          onCancel={active ? () => setStarting(false) : undefined}
        />
      ) : (
        <AnswerArea key={active.id} bank={bank} assessment={active} focusFirst={justStarted} />
      )}
    </div>
  );
}
