import type { AssessmentResults } from '../../lib/assessment/index.ts';
import { layoutScoreChart } from '../../lib/diagrams/score-chart.ts';

/** Bars on a 0–5 scale. The table that follows gives the same numbers, for screen readers and print. */
export function ScoreChart({ results }: { results: AssessmentResults }) {
  const chart = layoutScoreChart(
    results.areas.map((r) => ({
      label: `${r.area.catalogId} ${r.area.shortTitle}`,
      score: r.score?.value,
      display: r.score?.display,
      level: r.score?.level,
      low: r.range?.low.value,
      high: r.range?.high.value,
      target: r.target,
    })),
  );
  return (
    <figure className="score-chart">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label="Bar chart of the scores by area. The table below gives the same numbers."
      >
        {chart.ticks.map((t) => (
          <g key={t.value}>
            <line
              x1={t.x}
              x2={t.x}
              y1={chart.top - 6}
              y2={chart.height}
              className="score-chart__grid"
            />
            <text x={t.x} y={chart.top - 10} textAnchor="middle" className="score-chart__tick">
              {t.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.label}>
            <text x={0} y={bar.mid + 4} className="score-chart__label">
              {bar.label}
            </text>
            {bar.range && (
              <line
                x1={bar.range.from}
                x2={bar.range.to}
                y1={bar.mid}
                y2={bar.mid}
                className="score-chart__range"
              />
            )}
            {bar.barEnd !== undefined && (
              <rect
                x={chart.x(0)}
                y={bar.mid - 8}
                width={bar.barEnd - chart.x(0)}
                height={16}
                rx={3}
                className={`score-chart__bar level-fill--${bar.level}`}
              />
            )}
            <line
              x1={bar.targetX}
              x2={bar.targetX}
              y1={bar.mid - 13}
              y2={bar.mid + 13}
              className="score-chart__target"
            />
            <text x={chart.x(5) + 10} y={bar.mid + 4} className="score-chart__value">
              {bar.display ?? 'no score'}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        Bar: the score. Thin line: the range it could still take while answers are missing. Tick:
        the target.
      </figcaption>
    </figure>
  );
}
