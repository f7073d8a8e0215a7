import { paths } from '../../lib/urls.ts';
import { useBank } from '../shared/useBank.ts';
import { activeOf, useStoreSnapshot } from '../shared/useStore.ts';
import { AssessmentBar } from '../shared/AssessmentBar.tsx';
import { SaveStatusBar } from '../shared/SaveStatusBar.tsx';
import { lazy, Suspense } from 'react';

const ImportPanel = lazy(() =>
  import('./ImportPanel.tsx').then((m) => ({ default: m.ImportPanel })),
);
import { ResultsBody } from './ResultsBody.tsx';

/**
 * The results page: scores, what to find out first, the tracked plan, milestones, exports and
 * import. The server sends the empty state, which is also what a browser without any assessment
 * shows, so the page does not jump when it hydrates.
 */
export default function ResultsApp({ siteUrl }: { siteUrl: string }) {
  const { bank, error } = useBank();
  const snapshot = useStoreSnapshot();
  if (error)
    return (
      <p role="alert" className="assess-message assess-message--error">
        {error}
      </p>
    );
  const active = snapshot && activeOf(snapshot);
  if (!snapshot || !bank || !active)
    return (
      <div className="assess">
        {snapshot && bank ? (
          <SaveStatusBar snapshot={snapshot} />
        ) : (
          // The save line's place, so the message below does not move when storage is read.
          <p className="assess-saved assess-saved--pending" aria-hidden="true">
            Answers are saved in this browser as you give them.
          </p>
        )}
        {snapshot && bank && snapshot.state.assessments.length > 0 && (
          <AssessmentBar snapshot={snapshot} bank={bank} />
        )}
        <p className="assess-message">
          {snapshot && bank ? (
            <>
              There is no assessment open in this tab. <a href={paths.assessment}>Start one</a>, or
              import a file below.
            </>
          ) : (
            'Loading your results…'
          )}
        </p>
        {snapshot && bank && (
          <Suspense>
            <ImportPanel bank={bank} />
          </Suspense>
        )}
      </div>
    );
  return (
    <div className="assess">
      <SaveStatusBar snapshot={snapshot} />
      <AssessmentBar snapshot={snapshot} bank={bank} />
      <ResultsBody
        key={active.id}
        bank={bank}
        assessment={active}
        snapshot={snapshot}
        siteUrl={siteUrl}
      />
      <Suspense>
        <ImportPanel bank={bank} />
      </Suspense>
    </div>
  );
}
