// A verdict is provisional when there is too little to judge it by: too little of the framework
// described, no stage described on one side of the stage test, or power-sharing that is claimed
// without evidence and that, if shown, would earn a higher class. The class is still named (it is
// what the evidence points to), but it never passes a threshold.
import { higherOnScale, NOT_YET_ASSESSABLE, scaleClasses } from './class-scale.js';
import type { ClassOutcome, Measures, RequirementCheck } from './classify.js';
import { listWords } from '../shared/did-you-mean.js';
import { levelRank, reaches } from '../framework/levels.js';
import { perFramework } from '../framework/per-framework.js';
import { suggestedReason } from './provisional-suggested.js';
import type { StageResult } from '../model/result.js';
import type { Framework, Requirement, Stage } from '../model/types.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';

/** The two halves of the stage test, in the words a reason uses. */
const PHASES: { phase: NonNullable<Stage['phase']>; words: string }[] = [
  { phase: 'planning', words: 'planning' },
  { phase: 'carrying-through', words: 'carrying it through' },
];

/** For each half of the stage test whose applicable stages are all "not described", those stages. */
export function undescribedPhases(
  framework: Framework,
  stages: StageResult[],
): { words: string; stages: StageResult[] }[] {
  return PHASES.flatMap(({ phase, words }) => {
    const ids = new Set(framework.stages.filter((s) => s.phase === phase).map((s) => s.id));
    const applicable = stages.filter((s) => ids.has(s.id) && s.level !== NOT_APPLICABLE);
    return applicable.length > 0 && applicable.every((s) => s.level === UNKNOWN) ? [{ words, stages: applicable }] : [];
  });
}

/** The lowest level any evidenced stage rule on the scale asks for (involve, in the default framework). */
const lowestEvidencedLevel = perFramework((framework): string => {
  const levels: string[] = [];
  const walk = (r: Requirement): void => {
    if (r.stageLevel?.evidenced) levels.push(r.stageLevel.atLeast);
    for (const child of [...(r.anyOf ?? []), ...(r.allOf ?? []), ...(r.not ? [r.not] : [])]) walk(child);
  };
  for (const c of scaleClasses(framework)) c.requires.forEach(walk);
  const ranked = levels.map((l) => levelRank(framework, l)).filter((rank) => rank >= 0);
  return ranked.length > 0 ? framework.levels[Math.min(...ranked)]!.id : framework.scoring.sharedFrom;
});

/** Stages whose level is claimed with no evidence, at a level some rule on the scale would count. */
export function unevidencedClaims(framework: Framework, stages: StageResult[]): StageResult[] {
  const from = lowestEvidencedLevel(framework);
  return stages.filter((s) => !s.evidence && reaches(framework, s.level, from));
}

function unshownClaims(
  framework: Framework,
  stages: StageResult[],
  shown: ClassOutcome,
  claimed: ClassOutcome,
): string[] {
  if (!higherOnScale(framework, claimed.classification.id, shown.classification.id)) return [];
  const unevidenced = unevidencedClaims(framework, stages).map((s) => `${s.id} (${s.level})`);
  return [
    `stage levels are claimed with no evidence at ${listWords(unevidenced, 'and')}: with evidence of what people did there, this would be ${claimed.classification.label.toLowerCase()}`,
  ];
}

/** The open questions the verdict rests on: partners not named, or not placed on a side. */
function openPartners(shown: ClassOutcome): string[] {
  const open = (check: RequirementCheck): RequirementCheck[] =>
    check.children ? check.children.filter((c) => c.met).flatMap(open) : check.open ? [check] : [];
  return (shown.checks.get(shown.classification.id) ?? [])
    .flatMap(open)
    .filter((c) => c.requirement.partners)
    .map((c) => c.found);
}

/** Stages not reached yet, when something else has happened: the verdict is on what has happened so far. */
function notStartedYet(stages: StageResult[]): string[] {
  const waiting = stages.filter((s) => s.level === NOT_YET).map((s) => s.id);
  if (waiting.length === 0) return [];
  const verb = waiting.length === 1 ? 'has' : 'have';
  return [`${listWords(waiting, 'and')} ${verb} not started yet: the verdict is on what has happened so far`];
}

/** Less of the framework is described than it takes to judge. */
export function tooLittleDescribed(framework: Framework, completeness: number): boolean {
  return completeness < framework.scoring.minimumCompleteness;
}

/** `suggested`: the stages whose level `copro draft` proposed and no person has confirmed. */
export function provisionalReasons(
  framework: Framework,
  measures: Measures,
  shown: ClassOutcome,
  claimed: ClassOutcome,
  suggested: ReadonlySet<string> = new Set(),
): string[] {
  const { completeness, stages } = measures;
  const minimum = framework.scoring.minimumCompleteness;
  // Nothing to judge is a finding of its own, not a verdict that may change: never provisional.
  if (shown.classification.id === NOT_YET_ASSESSABLE) return [];
  return [
    ...notStartedYet(stages),
    ...(tooLittleDescribed(framework, completeness)
      ? [`only ${completeness}% of the framework is described (${minimum}% is needed to judge)`]
      : []),
    ...undescribedPhases(framework, stages).map(
      (p) => `no stage of ${p.words} is described (${listWords(p.stages.map((s) => s.id))})`,
    ),
    ...unshownClaims(framework, stages, shown, claimed),
    ...openPartners(shown),
    ...suggestedReason(framework, stages, shown, suggested),
  ];
}
