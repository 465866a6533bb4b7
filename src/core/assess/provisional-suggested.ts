// A verdict resting on levels that `copro draft` suggested, and no person has confirmed yet, is
// provisional: a cue found in a sentence is a reading of the text, not a judgement.
import type { ClassOutcome, RequirementCheck } from './classify.js';
import { listWords } from '../shared/did-you-mean.js';
import { reaches } from '../framework/levels.js';
import type { StageResult } from '../model/result.js';
import type { Framework } from '../model/types.js';

/** The plain conditions that carried a met requirement, through any anyOf / allOf groups. */
function carrying(check: RequirementCheck): RequirementCheck[] {
  if (!check.met) return [];
  return check.children ? check.children.flatMap(carrying) : [check];
}

/**
 * Stages the verdict's class depends on that are only suggested: for each stage requirement it
 * met, when every stage that met it is a suggestion, those stages.
 */
function suggestedStagesRelied(
  framework: Framework,
  stages: StageResult[],
  shown: ClassOutcome,
  suggested: ReadonlySet<string>,
): StageResult[] {
  if (suggested.size === 0) return [];
  const relied = new Map<string, StageResult>();
  for (const check of (shown.checks.get(shown.classification.id) ?? []).flatMap(carrying)) {
    const rule = check.requirement.stageLevel;
    if (!rule) continue;
    const meeting = rule.stages
      .map((id) => stages.find((s) => s.id === id))
      .filter(
        (s): s is StageResult =>
          s !== undefined && reaches(framework, s.level, rule.atLeast) && (!rule.evidenced || Boolean(s.evidence)),
      );
    if (meeting.length > 0 && meeting.every((s) => suggested.has(s.id))) for (const s of meeting) relied.set(s.id, s);
  }
  return [...relied.values()];
}

export function suggestedReason(
  framework: Framework,
  stages: StageResult[],
  shown: ClassOutcome,
  suggested: ReadonlySet<string>,
): string[] {
  const relied = suggestedStagesRelied(framework, stages, shown, suggested);
  if (relied.length === 0) return [];
  const named = listWords(
    relied.map((s) => `${s.id} (${s.level})`),
    'and',
  );
  return [
    `it rests on stage levels that copro draft suggested and no one has confirmed yet: ${named}; check them, then remove "suggested: true"`,
  ];
}
