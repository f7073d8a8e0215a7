import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/diagrams/text.ts';
import { groupIntoLanes, layoutFlow } from '../../src/lib/diagrams/flow.ts';
import { layoutCycle } from '../../src/lib/diagrams/cycle.ts';
import { layoutRelationship } from '../../src/lib/diagrams/relationship.ts';

const steps = (n: number, track?: string) =>
  Array.from({ length: n }, (_, i) => ({
    id: `99.10.${String(i + 1).padStart(3, '0')}`,
    title: `Step ${i + 1}`,
    track,
  }));

describe('diagram text', () => {
  it('wraps between words within the width', () => {
    expect(wrapText('Configure and maintain electronically generated documents', 22)).toEqual([
      'Configure and maintain',
      'electronically',
      'generated documents',
    ]);
  });
});

describe('process flow layout', () => {
  it('groups steps into lanes by track, in order of first appearance', () => {
    const lanes = groupIntoLanes([...steps(2, 'A'), ...steps(1, 'B'), ...steps(1, 'A')]);
    expect(lanes.map((l) => [l.name, l.steps.length])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
  });

  it('snakes: the second row runs right to left, and every arrow joins neighbours', () => {
    const layout = layoutFlow(steps(6), 4);
    const x = layout.boxes.map((b) => b.x);
    expect(x[3]).toBeGreaterThan(x[0]!);
    expect(x[4]).toBe(x[3]); // row 2 starts under the end of row 1
    expect(x[5]).toBeLessThan(x[4]!);
    expect(layout.arrows).toHaveLength(5);
  });

  it('draws no arrow between lanes', () => {
    expect(layoutFlow([...steps(3, 'A'), ...steps(3, 'B')]).arrows).toHaveLength(4);
  });

  it('fits every box inside the drawing', () => {
    const layout = layoutFlow(steps(21));
    for (const box of layout.boxes) {
      expect(box.x + layout.box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + layout.box.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('cycle and relationship layouts', () => {
  it('closes the cycle with an arrow from the last area back into the first', () => {
    const cycle = layoutCycle(steps(12));
    const first = cycle.boxes[0]!;
    expect(cycle.returnArrow).toMatch(new RegExp(`H${first.x - 4}$`));
    expect(cycle.height).toBeGreaterThan(
      Math.max(...cycle.boxes.map((b) => b.y + cycle.box.height)),
    );
  });

  it('draws one curve per specific link and skips links to unknown items', () => {
    const layout = layoutRelationship(
      [{ key: '50', label: 'Forecast to plan' }],
      [{ key: 'bcp', label: 'BCP' }],
      [
        { process: '50', area: 'bcp', direction: 'upstream' },
        { process: '55', area: 'bcp', direction: 'downstream' },
      ],
    );
    expect(layout.curves).toHaveLength(1);
  });
});
