// The co-production scale: co-production, partial co-production, consultation, strongest first.
// Two outcomes sit off it (not yet assessable, community-led action): they are classes, checked in
// the framework's order like any other, but neither above nor below a class on the scale, so
// ranks, directions and thresholds are worked out over the scale only.
import type { ClassDef } from '../model/types.js';

type Classes = { classes: readonly Pick<ClassDef, 'id' | 'offScale'>[] };

/** The classes on the scale, strongest first. */
export function scaleClasses<T extends Classes>(framework: T): T['classes'][number][] {
  return framework.classes.filter((c) => !c.offScale);
}

/** True for an outcome off the co-production scale. */
export function isOffScale(framework: Classes, id: string): boolean {
  return framework.classes.find((c) => c.id === id)?.offScale === true;
}

/** Position of a class on the scale, 0 for the highest; -1 for a class off the scale or not known. */
export function scaleRank(framework: Classes, id: string): number {
  return scaleClasses(framework).findIndex((c) => c.id === id);
}

/** The class just above one on the scale, if any. */
export function classAbove<T extends Classes>(framework: T, id: string): T['classes'][number] | undefined {
  const scale = scaleClasses(framework);
  const index = scale.findIndex((c) => c.id === id);
  return index > 0 ? scale[index - 1] : undefined;
}

/** True when `id` is higher on the scale than `than` (both on it). */
export function higherOnScale(framework: Classes, id: string, than: string): boolean {
  const a = scaleRank(framework, id);
  const b = scaleRank(framework, than);
  return a >= 0 && b >= 0 && a < b;
}

/** The outcome for a file with nothing shown to judge: never provisional, it is itself the finding. */
export const NOT_YET_ASSESSABLE = 'not-yet-assessable';
