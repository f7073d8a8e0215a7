import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { activeAssessment, type StoreSnapshot } from '../../lib/assessment/index.ts';
import { AssessmentBar } from '../shared/AssessmentBar.tsx';
import { SaveStatusBar } from '../shared/SaveStatusBar.tsx';
import { ShareOffer } from './ShareOffer.tsx';
import { LinkScopeOffer, useLinkScope } from './LinkScopeOffer.tsx';
import { StartForm } from './StartForm.tsx';
import { AnswerArea } from './AnswerArea.tsx';

interface Props {
  bank: Bank;
  snapshot: StoreSnapshot;
}

export function Questionnaire({ bank, snapshot }: Props) {
  const active = activeAssessment(snapshot.state);
  const linkScope = useLinkScope(bank);
  const [starting, setStarting] = useState(false);
  const showStart = starting || !active;
  return (
    <div className="assess">
      <ShareOffer bank={bank} />
      <SaveStatusBar snapshot={snapshot} />
      <AssessmentBar
        state={snapshot.state}
        bank={bank}
        onNew={showStart ? undefined : () => setStarting(true)}
      />
      {active && !starting && <LinkScopeOffer bank={bank} active={active} linkScope={linkScope} />}
      {showStart ? (
        <StartForm
          bank={bank}
          initial={linkScope}
          onDone={() => setStarting(false)}
          onCancel={active ? () => setStarting(false) : undefined}
        />
      ) : (
        <AnswerArea key={active.id} bank={bank} assessment={active} />
      )}
    </div>
  );
}
