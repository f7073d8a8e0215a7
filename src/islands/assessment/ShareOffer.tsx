import { useEffect, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import type { ImportOutcome, ImportResult } from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

/** A fragment that carries a share link: "#share=…", possibly among other parameters. */
const SHARE_IN_FRAGMENT = /^#(.*&)?share=/;

/**
 * Opening a share link (#share=…) offers to import it as a new assessment; it never overwrites
 * one. A link pasted into a tab that is already on the page is offered too (hashchange).
 */
export function ShareOffer({ bank }: { bank: Bank }) {
  const [offer, setOffer] = useState<{ fragment: string; result: ImportResult }>();
  const [done, setDone] = useState<ImportOutcome>();
  useEffect(() => {
    const read = () => {
      const fragment = location.hash;
      if (!SHARE_IN_FRAGMENT.test(fragment)) return;
      setDone(undefined);
      void import('../../lib/assessment/exchange.ts')
        .then(({ decodeShare }) => decodeShare(fragment, bank))
        .then((result) => setOffer({ fragment, result }));
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [bank]);
  const close = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setOffer(undefined);
  };
  if (done)
    return (
      <div className={`assess-message${done.ok ? '' : ' assess-message--error'}`} role="status">
        <p>{done.message}</p>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setDone(undefined)}
        >
          OK
        </button>
      </div>
    );
  if (!offer) return null;
  const { result, fragment } = offer;
  if (!result.ok)
    return (
      <div className="assess-message assess-message--error" role="alert">
        <p>{result.error}</p>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          Dismiss
        </button>
      </div>
    );
  const answers = Object.keys(result.assessment.answers).length;
  const notes = Object.keys(result.assessment.notes).length;
  const accept = async () => {
    const { importShareInto } = await import('../../lib/assessment/exchange.ts');
    const outcome = await importShareInto(getStore(), fragment, bank);
    close();
    setDone(outcome);
  };
  return (
    <div className="assess-message" role="status">
      <p>
        This link carries the assessment “{result.assessment.title}” with {answers} answer
        {answers === 1 ? '' : 's'}
        {notes > 0 && ` and ${notes} note${notes === 1 ? '' : 's'}`}
        {result.assessment.respondent?.name && `, by ${result.assessment.respondent.name}`}. Import
        it as a new assessment in this browser? Your own assessments stay as they are.
      </p>
      {result.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      <p className="assess-actions">
        <button type="button" className="button button--small" onClick={() => void accept()}>
          Import as a new assessment
        </button>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          No, thanks
        </button>
      </p>
    </div>
  );
}
