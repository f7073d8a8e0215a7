import { useMemo, useState } from 'react';
import {
  defaultTitle,
  type BankSummary,
  describeScope,
  sameScope,
  scopeFromUrl,
  type StoredAssessment,
  type UrlScope,
} from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

/** The scope a link asked for (?areas=…&role=…), or undefined when it asked for none. */
export function useLinkScope(bank: BankSummary): UrlScope | undefined {
  return useMemo(() => {
    if (typeof location === 'undefined') return undefined;
    const params = new URLSearchParams(location.search);
    return params.has('areas') || params.has('role') ? scopeFromUrl(params, bank) : undefined;
  }, [bank]);
}

interface Props {
  bank: BankSummary;
  active: StoredAssessment;
  linkScope: UrlScope | undefined;
}

/** A link with a scope never changes an existing assessment: it offers a new one instead. */
export function LinkScopeOffer({ bank, active, linkScope }: Props) {
  const [dismissed, setDismissed] = useState(false);
  if (!linkScope || dismissed) return null;
  const unknown = [
    ...linkScope.unknownAreas,
    ...(linkScope.unknownRole ? [linkScope.unknownRole] : []),
  ];
  const differs = !sameScope(active, linkScope);
  if (!differs && unknown.length === 0) return null;
  const start = () =>
    getStore().dispatch({
      type: 'create',
      title: defaultTitle(new Date()),
      bankVersion: bank.version,
      scope: linkScope.scope,
      focusRole: linkScope.focusRole,
    });
  return (
    <div className="assess-message" role="status">
      {unknown.length > 0 && (
        <p>
          The link names {unknown.map((u) => `“${u}”`).join(', ')}, which this questionnaire does
          not know: ignored.
        </p>
      )}
      {differs && (
        <p>
          The link you followed opens the questionnaire for {describeScope(bank, linkScope)}; “
          {active.title}” covers {describeScope(bank, active)}.{' '}
          <button type="button" className="button button--small" onClick={start}>
            Start a new assessment for the link
          </button>{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              history.replaceState(null, '', location.pathname);
              setDismissed(true);
            }}
          >
            Carry on with “{active.title}”
          </button>
        </p>
      )}
    </div>
  );
}
