/** An item of one column of the relationship diagram. */
export interface ColumnItem {
  key: string;
  label: string;
}

/** A specific link drawn between an outer column and an area. */
export interface CrossLink {
  process: string;
  area: string;
  direction: 'upstream' | 'downstream';
}

const COLUMN = { width: 236, gap: 56, header: 44, row: 24 };
const PAD = 8;

/**
 * Lays out three columns (upstream processes, the areas, downstream processes) and the curves
 * of the specific links between them.
 */
export function layoutRelationship(
  processes: readonly ColumnItem[],
  areas: readonly ColumnItem[],
  links: readonly CrossLink[],
) {
  const x = [0, 1, 2].map((i) => PAD + i * (COLUMN.width + COLUMN.gap));
  const rowY = (index: number) => PAD + COLUMN.header + index * COLUMN.row + COLUMN.row / 2;
  const rows = Math.max(processes.length, areas.length);
  const height = PAD * 2 + COLUMN.header + rows * COLUMN.row + 8;
  const processRow = new Map(processes.map((p, i) => [p.key, rowY(i)]));
  const areaRow = new Map(areas.map((a, i) => [a.key, rowY(i)]));
  const curves = links.flatMap((link) => {
    const p = processRow.get(link.process);
    const a = areaRow.get(link.area);
    if (p === undefined || a === undefined) return [];
    return [
      link.direction === 'upstream'
        ? curve(x[0]! + COLUMN.width, p, x[1]!, a)
        : curve(x[1]! + COLUMN.width, a, x[2]!, p),
    ];
  });
  return {
    width: PAD * 2 + 3 * COLUMN.width + 2 * COLUMN.gap,
    height,
    column: COLUMN,
    x: x as [number, number, number],
    rowY,
    curves,
    arrows: [0, 1].map((i) => `M${x[i]! + COLUMN.width + 6} ${PAD + 22}H${x[i + 1]! - 8}`),
  };
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2 - 4} ${y2}`;
}
