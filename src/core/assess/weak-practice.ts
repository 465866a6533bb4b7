// A class reached on a route that does not test the practice (a decision handed over), while a
// practice floor elsewhere in the same class is not met: the practice around it is weak. That is
// a finding about the work, named first, not a reason to move it down the scale.
import type { RequirementCheck } from './classify.js';

function unmetScores(check: RequirementCheck): RequirementCheck[] {
  if (check.requirement.score) return check.met ? [] : [check];
  return (check.children ?? []).flatMap(unmetScores);
}

/** The practice checks that carried a met requirement, through the routes it was met by. */
function carriedScores(check: RequirementCheck): RequirementCheck[] {
  if (!check.met) return [];
  if (check.requirement.score) return [check];
  return (check.children ?? []).flatMap(carriedScores);
}

/** The practice floor the verdict's class did not need but did not meet, if any (the lowest asked). */
export function weakPracticeFloor(
  classId: string,
  checks: Map<string, RequirementCheck[]>,
): { atLeast: number; found: string } | undefined {
  const classChecks = checks.get(classId) ?? [];
  if (!classChecks.every((c) => c.met)) return undefined;
  // Reached with the practice tested on the way: not this finding.
  if (classChecks.flatMap(carriedScores).length > 0) return undefined;
  const floors = classChecks.flatMap(unmetScores);
  if (floors.length === 0) return undefined;
  const lowest = floors.reduce((a, b) => (b.requirement.score!.atLeast < a.requirement.score!.atLeast ? b : a));
  return { atLeast: lowest.requirement.score!.atLeast, found: lowest.found };
}

/** "The practice around it is weak: practice score 9.9, under 35" */
export function weakPracticeText(weak: { atLeast: number; found: string }): string {
  return `The practice around it is weak (${weak.found}, under ${weak.atLeast}): a decision was handed over, so this is not consultation, but the way it was done needs work before it could be called co-production`;
}
