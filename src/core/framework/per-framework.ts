// Facts about a framework (its indicators in order, an index by id, …) are worked out once and
// remembered for as long as the framework is in use: a batch scores thousands of projects
// against one framework, and working them out again for every project cost more than scoring.
import type { Framework, Indicator } from '../model/types.js';

/** `work`, run once per framework and remembered. */
export function perFramework<T>(work: (framework: Framework) => T): (framework: Framework) => T {
  const remembered = new WeakMap<Framework, T>();
  return (framework) => {
    if (!remembered.has(framework)) remembered.set(framework, work(framework));
    return remembered.get(framework)!;
  };
}

/** Every indicator of the framework, criterion by criterion. */
export const allIndicators = perFramework((framework): readonly Indicator[] =>
  framework.criteria.flatMap((c) => c.indicators),
);

/** Each indicator by its id. */
export const indicatorsById = perFramework(
  (framework): ReadonlyMap<string, Indicator> => new Map(allIndicators(framework).map((i) => [i.id, i])),
);
