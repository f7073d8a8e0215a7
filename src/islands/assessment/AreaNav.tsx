import type { AreaResult } from '../../lib/assessment/index.ts';

interface Props {
  areas: AreaResult[];
  current: string | undefined;
  onSelect: (slug: string) => void;
}

/** The areas in scope with their progress; one is open at a time. */
export function AreaNav({ areas, current, onSelect }: Props) {
  return (
    <nav className="assess-areas" aria-label="Areas of the questionnaire">
      <ol>
        {areas.map(({ area, completion, noQuestionsForRole }) => (
          <li key={area.slug}>
            {noQuestionsForRole ? (
              <span className="assess-areas__none">
                <span className="assess-areas__name">
                  {area.catalogId} {area.shortTitle}
                </span>
                <span className="assess-areas__count">no questions for this role</span>
              </span>
            ) : (
              <button
                type="button"
                aria-current={area.slug === current ? 'step' : undefined}
                onClick={() => onSelect(area.slug)}
              >
                <span className="assess-areas__name">
                  {area.catalogId} {area.shortTitle}
                </span>
                <span className="assess-areas__count">
                  {completion.answered}/{completion.total}
                  {completion.ratio === 1 && <span className="visually-hidden"> complete</span>}
                </span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
