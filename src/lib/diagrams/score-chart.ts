/** One bar of the score chart. */
export interface ScoreRow {
  label: string;
  /** Area score, 1 to 5; undefined when the area has none yet. */
  score?: number;
  /** The score as the results show it everywhere (rounded half up). */
  display?: string;
  level?: number;
  /** Lowest and highest possible score while answers are missing. */
  low?: number;
  high?: number;
  target: number;
}

const ROW = 34;
const LABEL = 190;
const PLOT = 420;
const TOP = 28;

/** Horizontal bars on a 0 to 5 scale, with the range as a line and the target as a tick. */
export function layoutScoreChart(rows: readonly ScoreRow[]) {
  const x = (value: number) => LABEL + (value / 5) * PLOT;
  return {
    width: LABEL + PLOT + 90,
    height: TOP + rows.length * ROW + 8,
    ticks: [0, 1, 2, 3, 4, 5].map((value) => ({ value, x: x(value) })),
    top: TOP,
    bars: rows.map((row, i) => {
      const y = TOP + i * ROW;
      return {
        ...row,
        y,
        mid: y + ROW / 2,
        barEnd: row.score === undefined ? undefined : x(row.score),
        range:
          row.low === undefined || row.high === undefined
            ? undefined
            : { from: x(row.low), to: x(row.high) },
        targetX: x(row.target),
      };
    }),
    x,
  };
}
