import { useState } from 'react';
import type { StoredAssessment } from '../../lib/assessment/index.ts';
import { paths } from '../../lib/urls.ts';

/** A link that carries the whole assessment in its fragment: never sent to a server. */
export function ShareLink({ assessment }: { assessment: StoredAssessment }) {
  const [link, setLink] = useState<string>();
  const [copied, setCopied] = useState('');
  const make = async () => {
    const { encodeShare, shareFragment } = await import('../../lib/assessment/exchange.ts');
    const url = `${location.origin}${paths.assessment}${shareFragment(await encodeShare(assessment))}`;
    setLink(url);
    const size = `${url.length.toLocaleString('en')} characters`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(`Link copied (${size}). Whoever opens it can import a copy of this assessment.`);
    } catch {
      setCopied(
        `Copy the link below (${size}). Whoever opens it can import a copy of this assessment.`,
      );
    }
  };
  const notes = Object.keys(assessment.notes).length;
  return (
    <div className="share-link">
      <p className="assess-hint">
        A share link carries the whole assessment in the address, after the “#”, which browsers
        never send to a server: {assessment.respondent?.name ? 'the respondent’s name, ' : ''}
        {notes > 0 ? `${notes} note${notes === 1 ? '' : 's'}, ` : ''}answers, targets and plan. Send
        it only to people who may read them.
      </p>
      <p>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void make()}
        >
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
