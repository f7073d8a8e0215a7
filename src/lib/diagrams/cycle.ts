import { layoutFlow, type FlowLayout, type FlowStep } from './flow.ts';

const RETURN_GAP = 16;
const LEFT = 28;

/**
 * Lays out the operational areas as a loop: they snake through a grid and a return arrow runs
 * under and beside the grid from the last back to the first, because the work never ends after
 * go-live. It enters the first box from the left, leaving its top free for the way in.
 */
export function layoutCycle(
  steps: readonly FlowStep[],
  columns = 4,
): FlowLayout & { returnArrow: string } {
  const flow = layoutFlow(steps, columns, LEFT);
  const first = flow.boxes[0];
  const last = flow.boxes.at(-1);
  if (!first || !last) return { ...flow, returnArrow: '' };
  const below = Math.max(...flow.boxes.map((b) => b.y)) + flow.box.height + RETURN_GAP;
  const returnArrow = [
    `M${last.x + flow.box.width / 2} ${last.y + flow.box.height}`,
    `V${below}H8V${first.y + flow.box.height / 2}H${first.x - 4}`,
  ].join('');
  return { ...flow, height: below + 4, returnArrow };
}
