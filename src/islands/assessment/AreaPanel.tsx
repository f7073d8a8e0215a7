import type { Bank, BankArea } from '../../schemas/bank.ts';
import type { AreaResult, StoredAssessment } from '../../lib/assessment/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Progress } from '../shared/Progress.tsx';
import { paths } from '../../lib/urls.ts';
import { useFocusOnMount } from '../shared/useFocusOnMount.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  result: AreaResult;
  prev?: BankArea;
  next?: BankArea;
  onGo: (slug: string) => void;
  /** Put focus on the heading when the panel appears (after the respondent changed area). */
  focusHeading: boolean;
}

/** The questions of one area. Moving to another area puts focus on its heading. */
export function AreaPanel({ bank, assessment, result, prev, next, onGo, focusHeading }: Props) {
  // The panel is mounted afresh for each area (it has a key), so this runs once per area shown.
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { area } = result;
  return (
    <section className="assess-area" aria-labelledby={`area-${area.slug}`}>
      <h2 id={`area-${area.slug}`} ref={heading} tabIndex={-1}>
        {area.catalogId} {area.title}
      </h2>
      <Progress label="This area" completion={result.completion} />
      <p className="assess-hint">
        Pick the option that describes what you can observe today, not what you plan. Use the arrow
        keys to move between options. Read the{' '}
        <a href={paths.area(area.slug)}>guidance for this area</a> if a term is unclear.
      </p>
      {result.questions.map((trace, i) => (
        <QuestionCard
          key={trace.question.id}
          bank={bank}
          assessment={assessment}
          area={area}
          question={trace.question}
          number={`Q${i + 1}`}
        />
      ))}
      <p className="assess-actions assess-area__nav">
        {prev && (
          <button type="button" className="button button--quiet" onClick={() => onGo(prev.slug)}>
            ← {prev.catalogId} {prev.shortTitle}
          </button>
        )}
        {next ? (
          <button type="button" className="button" onClick={() => onGo(next.slug)}>
            Next: {next.catalogId} {next.shortTitle} →
          </button>
        ) : (
          <a className="button" href={paths.results}>
            See your results
          </a>
        )}
      </p>
    </section>
  );
}
