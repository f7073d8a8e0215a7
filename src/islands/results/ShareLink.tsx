import { useState } from 'react';
import { encodeShare, shareFragment, type StoredAssessment } from '../../lib/assessment/index.ts';

/** A link that carries the whole assessment in its fragment: never sent to a server. */
export function ShareLink({ assessment }: { assessment: StoredAssessment }) {
  const [link, setLink] = useState<string>();
  const [copied, setCopied] = useState('');
  const make = async () => {
    const url = `${location.origin}/assessment/${shareFragment(await encodeShare(assessment))}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Whoever opens it can import a copy of this assessment.');
    } catch {
      setCopied('Copy the link below. Whoever opens it can import a copy of this assessment.');
    }
  };
  return (
    <div className="share-link">
      <p>
        <button type="button" className="button button--quiet" onClick={() => void make()}>
          Copy a share link
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
      {link && (
        <p>
          <label htmlFor="share-url">Share link</label>
          <input id="share-url" readOnly value={link} onFocus={(e) => e.target.select()} />
        </p>
      )}
    </div>
  );
}
