import { useEffect, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { decodeShare, sharePayloadOf, type ImportResult } from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

/** Opening a share link (#share=…) offers to import it as a new assessment; it never overwrites one. */
export function ShareOffer({ bank }: { bank: Bank }) {
  const [offer, setOffer] = useState<ImportResult>();
  useEffect(() => {
    if (!sharePayloadOf(location.hash)) return;
    void decodeShare(location.hash, bank).then(setOffer);
  }, [bank]);
  if (!offer) return null;
  const close = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setOffer(undefined);
  };
  if (!offer.ok)
    return (
      <div className="assess-message assess-message--error" role="alert">
        <p>{offer.error}</p>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          Dismiss
        </button>
      </div>
    );
  const answers = Object.keys(offer.assessment.answers).length;
  const accept = () => {
    getStore().dispatch({ type: 'import', file: offer.assessment });
    close();
  };
  return (
    <div className="assess-message" role="status">
      <p>
        This link carries the assessment “{offer.assessment.title}” with {answers} answer
        {answers === 1 ? '' : 's'}. Import it as a new assessment in this browser? Your own
        assessments stay as they are.
      </p>
      {offer.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      <p className="assess-actions">
        <button type="button" className="button button--small" onClick={accept}>
          Import as a new assessment
        </button>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          No, thanks
        </button>
      </p>
    </div>
  );
}
