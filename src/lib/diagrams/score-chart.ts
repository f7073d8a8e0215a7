/**
 * Geometry of the score charts (results, compare, team): horizontal bars on the 1 to 5 scale of
 * the maturity levels. Scores start at 1, so the axis does too: "1.0 Initial" draws no bar
 * rather than a fifth of one. The range is a band behind the bar, the target a marker of its own.
 */

/** One bar: a score with the range it could still take, and a target. */
export interface ChartBar {
  /** Score 1 to 5; undefined when there is none yet. */
  value?: number;
  /** The score as shown everywhere (rounded half up), written at the bar's end. */
  display?: string;
  level?: number;
  /** The range while answers are open. */
  low?: number;
  high?: number;
  /** A short note beside the value, such as "2 answers". */
  note?: string;
  /** Series name when a row has several bars (compare: A and B). */
  series?: string;
}

export interface ChartRow {
  label: string;
  bars: ChartBar[];
  target?: number;
}

export interface ChartOptions {
  /** Width of the drawing, in SVG units (the same as CSS pixels when shown at full size). */
  width: number;
  /** Labels beside the bars (wide screens) or above them (phones). */
  labels: 'beside' | 'above';
  /** Level names for the axis, index 0 for level 1. */
  levelNames: readonly string[];
}

const BAR = 16;
const BAR_GAP = 6;
const ROW_GAP = 14;
const LABEL_LINE = 18;
const AXIS = 58;
const VALUE_SPACE = 84;

export function layoutScoreChart(rows: readonly ChartRow[], options: ChartOptions) {
  const labelWidth = options.labels === 'beside' ? Math.min(250, options.width * 0.33) : 0;
  const plotLeft = labelWidth + 8;
  const plotRight = options.width - VALUE_SPACE;
  const x = (value: number) => plotLeft + ((clamp(value) - 1) / 4) * (plotRight - plotLeft);
  let y = AXIS;
  const laidOut = rows.map((row) => {
    const top = y + (options.labels === 'above' ? LABEL_LINE : 0);
    const bars = row.bars.map((bar, i) => {
      const barTop = top + i * (BAR + BAR_GAP);
      return {
        ...bar,
        y: barTop,
        mid: barTop + BAR / 2,
        height: BAR,
        // A score of exactly 1 draws no bar; the value is still written at the axis start.
        width: bar.value === undefined ? undefined : x(bar.value) - plotLeft,
        valueX: (bar.value === undefined ? plotLeft : x(bar.value)) + 6,
        range:
          bar.low === undefined || bar.high === undefined || bar.low === bar.high
            ? undefined
            : { x: x(bar.low), width: Math.max(2, x(bar.high) - x(bar.low)) },
      };
    });
    const bottom = top + row.bars.length * (BAR + BAR_GAP) - BAR_GAP;
    const result = {
      ...row,
      labelY: options.labels === 'above' ? y + 13 : top + BAR / 2 + 5,
      top: top - 4,
      bottom: bottom + 4,
      bars,
      targetX: row.target === undefined ? undefined : x(row.target),
    };
    y = bottom + ROW_GAP;
    return result;
  });
  return {
    width: options.width,
    height: y,
    plotLeft,
    plotRight,
    labelWidth,
    axisY: AXIS - 10,
    ticks: [1, 2, 3, 4, 5].map((level) => ({
      level,
      x: x(level),
      name: options.levelNames[level - 1] ?? String(level),
      // Long names ("Quantitatively managed") go on two lines so neighbouring labels never touch.
      lines: splitLabel(options.levelNames[level - 1] ?? String(level)),
    })),
    rows: laidOut,
    x,
  };
}

/** A tick label in at most two lines of about a dozen characters. */
export function splitLabel(name: string): string[] {
  if (name.length <= 12 || !name.includes(' ')) return [name];
  const words = name.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

function clamp(value: number): number {
  return Math.min(5, Math.max(1, value));
}
