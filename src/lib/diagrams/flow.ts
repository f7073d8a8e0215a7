import { wrapText } from './text.ts';

/** A step of a flow: a business process with its catalog id. */
export interface FlowStep {
  id: string;
  title: string;
  track?: string;
}

export interface FlowBox {
  id: string;
  lines: string[];
  x: number;
  y: number;
}

export interface FlowLane {
  name?: string;
  y: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  box: { width: number; height: number };
  lanes: FlowLane[];
  boxes: FlowBox[];
  /** SVG path data of each arrow. */
  arrows: string[];
}

const BOX = { width: 152, height: 78 };
const GAP = { x: 34, y: 30 };
const PAD = 8;
const LANE_TITLE = 26;
export const FLOW_COLUMNS = 4;

/** Groups steps into lanes by track, in the order tracks first appear; steps without one share a lane. */
export function groupIntoLanes(steps: readonly FlowStep[]): { name?: string; steps: FlowStep[] }[] {
  const lanes = new Map<string | undefined, FlowStep[]>();
  for (const step of steps) lanes.set(step.track, [...(lanes.get(step.track) ?? []), step]);
  return [...lanes].map(([name, laneSteps]) => ({ name, steps: laneSteps }));
}

/**
 * Lays the steps out lane by lane. Within a lane the steps snake: left to right, then right to
 * left on the next row, so every arrow joins two neighbouring boxes.
 */
export function layoutFlow(
  steps: readonly FlowStep[],
  columns = FLOW_COLUMNS,
  left = PAD,
): FlowLayout {
  const lanes: FlowLane[] = [];
  const boxes: FlowBox[] = [];
  const arrows: string[] = [];
  let y = PAD;
  for (const lane of groupIntoLanes(steps)) {
    if (lane.name) {
      lanes.push({ name: lane.name, y: y + 16 });
      y += LANE_TITLE;
    }
    const laneBoxes = lane.steps.map((step, i) => placeBox(step, i, { left, top: y }, columns));
    arrows.push(...laneBoxes.slice(1).map((box, i) => arrowBetween(laneBoxes[i]!, box)));
    boxes.push(...laneBoxes);
    y += Math.ceil(lane.steps.length / columns) * (BOX.height + GAP.y);
  }
  const width = left + PAD + columns * BOX.width + (columns - 1) * GAP.x;
  return { width, height: y - GAP.y + PAD, box: BOX, lanes, boxes, arrows };
}

function placeBox(
  step: FlowStep,
  index: number,
  at: { left: number; top: number },
  columns: number,
): FlowBox {
  const row = Math.floor(index / columns);
  const inRow = index % columns;
  const column = row % 2 === 0 ? inRow : columns - 1 - inRow;
  return {
    id: step.id,
    lines: wrapText(step.title, 22).slice(0, 3),
    x: at.left + column * (BOX.width + GAP.x),
    y: at.top + row * (BOX.height + GAP.y),
  };
}

function arrowBetween(from: FlowBox, to: FlowBox): string {
  if (from.y === to.y) {
    const rightward = to.x > from.x;
    const startX = rightward ? from.x + BOX.width : from.x;
    const endX = rightward ? to.x - 4 : to.x + BOX.width + 4;
    const midY = from.y + BOX.height / 2;
    return `M${startX} ${midY}H${endX}`;
  }
  const midX = from.x + BOX.width / 2;
  return `M${midX} ${from.y + BOX.height}V${to.y - 4}`;
}
