import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { problemAt } from './helpers.ts';

/** Higher targets name areas that exist, and aim above the default target. */
export function checkMaturity(content: ContentSet, invalid: ReadonlySet<string>): Problem[] {
  const areas = new Set([
    ...content.areas.map((a) => a.id),
    ...[...invalid].filter((k) => k.startsWith('areas/')).map((k) => k.slice('areas/'.length)),
  ]);
  return content.maturity.flatMap((model) =>
    model.data.higherTargets.flatMap((higher, index) => [
      ...higher.areas.flatMap((slug, i) =>
        areas.has(slug)
          ? []
          : [
              problemAt(
                model,
                ['higherTargets', index, 'areas', i],
                `"${slug}" is not an area: use a file name of content/areas/`,
              ),
            ],
      ),
      ...(higher.target > model.data.defaultTarget
        ? []
        : [
            problemAt(
              model,
              ['higherTargets', index, 'target'],
              `is ${higher.target}, not above the default target ${model.data.defaultTarget}`,
            ),
          ]),
    ]),
  );
}
