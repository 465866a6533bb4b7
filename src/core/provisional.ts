// A verdict is provisional when there is too little to judge it by: too little of the framework
// described, no stage described on one side of the stage test, or power-sharing that is claimed
// without evidence and that, if shown, would earn a higher class. The class is still named (it is
// what the evidence points to), but it never passes a threshold.
import type { ClassOutcome, Measures } from './classify.js';
import { listWords } from './did-you-mean.js';
import { suggestedReason } from './provisional-suggested.js';
import type { StageResult } from './result.js';
import type { Framework, Stage } from './types.js';
import { NOT_APPLICABLE, UNKNOWN } from './types.js';

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

function unshownClaims(
  framework: Framework,
  stages: StageResult[],
  shown: ClassOutcome,
  claimed: ClassOutcome,
): string[] {
  const order = framework.classes.map((c) => c.id);
  if (order.indexOf(claimed.classification.id) >= order.indexOf(shown.classification.id)) return [];
  const unevidenced = stages.filter((s) => s.shared && !s.evidence).map((s) => `${s.id} (${s.level})`);
  return [
    `power-sharing is claimed with no evidence at ${listWords(unevidenced, 'and')}: with evidence of what people did there, this would be ${claimed.classification.label.toLowerCase()}`,
  ];
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
  return [
    ...(tooLittleDescribed(framework, completeness)
      ? [`only ${completeness}% of the framework is described (${minimum}% is needed to judge)`]
      : []),
    ...undescribedPhases(framework, stages).map(
      (p) => `no stage of ${p.words} is described (${listWords(p.stages.map((s) => s.id))})`,
    ),
    ...unshownClaims(framework, stages, shown, claimed),
    ...suggestedReason(framework, stages, shown, suggested),
  ];
}
