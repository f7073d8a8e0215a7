import { layoutScoreChart, type ChartRow } from '../../lib/diagrams/score-chart.ts';

interface Props {
  rows: ChartRow[];
  levelNames: readonly string[];
  /** What the chart shows, for people who cannot see it; the table below repeats the numbers. */
  label: string;
  /** Series names in bar order (compare: the two assessments). */
  series?: readonly string[];
  /** What the band and the marker stand for, where not the open range and the target (team). */
  legend?: { range?: string; target?: string };
}

/**
 * Bars on the 1 to 5 scale of the levels, the open range as a band behind each bar and the
 * target as a marker of its own. Drawn twice: labels beside the bars on wide screens, above them
 * on phones, so text keeps its size (an SVG scaled down to a phone shrinks its text).
 */
export function ScoreChart({ rows, levelNames, label, series, legend }: Props) {
  const hasTarget = rows.some((row) => row.target !== undefined);
  const hasRange = rows.some((row) => row.bars.some((bar) => bar.low !== bar.high));
  return (
    <figure className="score-chart">
      <Drawing
        rows={rows}
        levelNames={levelNames}
        label={label}
        width={760}
        labels="beside"
        className="score-chart__wide"
      />
      <Drawing
        rows={rows}
        levelNames={levelNames}
        label={label}
        width={340}
        labels="above"
        className="score-chart__narrow"
      />
      <figcaption>
        <ul className="score-chart__legend">
          {(series ?? ['Score']).map((name, i) => (
            <li key={name}>
              <span
                className={`score-chart__key score-chart__key--bar score-chart__key--series-${i}`}
                aria-hidden="true"
              />{' '}
              {name}
            </li>
          ))}
          {hasRange && (
            <li>
              <span className="score-chart__key score-chart__key--range" aria-hidden="true" />{' '}
              {legend?.range ?? 'Range it could still take while answers are open'}
            </li>
          )}
          {hasTarget && (
            <li>
              <span className="score-chart__key score-chart__key--target" aria-hidden="true" />{' '}
              {legend?.target ?? 'Target'}
            </li>
          )}
        </ul>
        <p>Axis: maturity level, 1 to 5. The level is the whole number reached.</p>
      </figcaption>
    </figure>
  );
}

function Drawing(props: {
  rows: ChartRow[];
  levelNames: readonly string[];
  label: string;
  width: number;
  labels: 'beside' | 'above';
  className: string;
}) {
  const chart = layoutScoreChart(props.rows, {
    width: props.width,
    labels: props.labels,
    levelNames: props.levelNames,
  });
  return (
    <svg
      className={props.className}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width={chart.width}
      height={chart.height}
      role="img"
      aria-label={`${props.label} The table below gives the same numbers.`}
    >
      <text x={chart.plotLeft} y={12} className="score-chart__axis-title">
        Maturity level
      </text>
      {chart.ticks.map((tick) => (
        <g key={tick.level}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={chart.axisY + 4}
            y2={chart.height}
            className="score-chart__grid"
          />
          <text
            x={tick.x}
            y={chart.axisY - (tick.lines.length - 1) * 14}
            textAnchor="middle"
            className="score-chart__tick"
          >
            {props.labels === 'beside'
              ? tick.lines.map((line, i) => (
                  <tspan key={line} x={tick.x} dy={i === 0 ? 0 : 14}>
                    {i === 0 ? `${tick.level} ${line}` : line}
                  </tspan>
                ))
              : tick.level}
          </text>
        </g>
      ))}
      {chart.rows.map((row) => (
        <g key={row.label}>
          <text
            x={props.labels === 'beside' ? 0 : chart.plotLeft}
            y={row.labelY}
            className="score-chart__label"
          >
            {row.label}
          </text>
          {row.bars.map(
            (bar, i) =>
              bar.range && (
                <rect
                  key={`range-${bar.series ?? i}`}
                  x={bar.range.x}
                  y={bar.y - 3}
                  width={bar.range.width}
                  height={bar.height + 6}
                  rx={3}
                  className="score-chart__range"
                />
              ),
          )}
          {row.targetX !== undefined && (
            <path
              d={`M ${row.targetX} ${row.top} V ${row.bottom} l -5 7 h 10 z`}
              className="score-chart__target"
            />
          )}
          {row.bars.map((bar, i) => (
            <g key={bar.series ?? i}>
              {bar.width !== undefined && bar.width > 0 && (
                <rect
                  x={chart.plotLeft}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  rx={2}
                  className={`score-chart__bar score-chart__bar--series-${i} level-fill--${bar.level ?? 0}`}
                />
              )}
              <text x={bar.valueX} y={bar.mid + 5} className="score-chart__value">
                {bar.display ?? 'no score yet'}
                {bar.note ? ` (${bar.note})` : ''}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
