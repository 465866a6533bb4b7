// Planning mode: a stage not reached yet may say which level is planned for it (the Participation
// Handbook's "offer"). The verdict is judged on what has happened; `onCourseFor` is the class the
// project reaches if the planned levels happen as planned, counted as if evidenced, with the
// practice score and the partners applied as for any verdict.
import { classAbove, NOT_YET_ASSESSABLE } from './class-scale.js';
import { classify, unmetLeaves, type ClassOutcome, type Measures } from './classify.js';
import { listWords } from '../shared/did-you-mean.js';
import { shortLabel } from '../shared/text.js';
import { levelLabel, levelRank, reaches } from '../framework/levels.js';
import type { NextStep, StageResult } from '../model/result.js';
import { findTerms } from './terms.js';
import type { Framework } from '../model/types.js';
import { NOT_YET } from '../model/types.js';

export interface OnCourse {
  /** The class the plan reaches. */
  outcome: ClassOutcome;
  /** The stages as planned: each stage not reached yet at its planned level. */
  measures: Measures;
  /** The stages not reached yet that have a plan. */
  planned: StageResult[];
}

/** A stage not reached yet, with a planned level the framework knows. */
const isPlanned = (framework: Framework, s: StageResult) =>
  s.level === NOT_YET && s.plan !== undefined && levelRank(framework, s.plan) >= 0;

/** The verdict if the plans happen as planned; undefined when no stage has a plan. */
export function onCourse(framework: Framework, measures: Measures): OnCourse | undefined {
  const planned = measures.stages.filter((s) => isPlanned(framework, s));
  if (planned.length === 0) return undefined;
  const stages = measures.stages.map((s): StageResult => {
    if (!isPlanned(framework, s)) return s;
    const level = s.plan!;
    // A plan counts as if it were shown: its evidence is the plan itself.
    return {
      ...s,
      level,
      levelLabel: levelLabel(framework, level),
      evidence: s.evidence ?? `planned: ${level}`,
      shared: reaches(framework, level, framework.scoring.sharedFrom),
    };
  });
  const asPlanned = { ...measures, stages };
  return { outcome: classify(framework, asPlanned), measures: asPlanned, planned };
}

/** How a stage reads in a sentence: "delivery", from the framework's stage nouns. */
export function stageNoun(framework: Framework, stageId: string): string {
  const stage = framework.stages.find((s) => s.id === stageId);
  return stage?.noun ?? stage?.label.toLowerCase() ?? stageId;
}

/** "Partial co-production so far — on course for co-production if delivery is shared as planned" */
export function onCourseText(framework: Framework, now: string, course: OnCourse): string {
  const target = shortLabel(course.outcome.classification.label).toLowerCase();
  if (now === NOT_YET_ASSESSABLE) return `Nothing has happened yet — the plan is on course for ${target}`;
  const nowLabel = framework.classes.find((c) => c.id === now)?.label ?? now;
  const nouns = listWords(
    course.planned.map((s) => stageNoun(framework, s.id)),
    'and',
  );
  const one = course.planned.length === 1;
  const allShared = course.planned.every((s) => reaches(framework, s.plan!, framework.scoring.sharedFrom));
  const verb = allShared ? (one ? 'is shared' : 'are shared') : one ? 'goes' : 'go';
  // A plan that would not change the class is said as such: "on course for" the class it already has reads as a promise.
  if (course.outcome.classification.id === now)
    return `${shortLabel(nowLabel)} so far — and still ${target} if ${nouns} ${verb} as planned`;
  return `${shortLabel(nowLabel)} so far — on course for ${target} if ${nouns} ${verb} as planned`;
}

/** What sharing in a half of the stage test means, for a plan. */
const PHASE_WORDS: Record<string, string> = {
  planning: 'defining the need, designing it or deciding on it',
  'carrying-through': 'running it or judging it',
};

/**
 * What the plan lacks for the class above the one it is on course for: "your plan shares power in
 * design but not in delivery: that is co-design — to be co-production, plan how people will share
 * in running it or judging it". Set up before the next stage starts, not evidence for it.
 */
export function planSteps(framework: Framework, course: OnCourse, describedAs?: string): NextStep[] {
  const reached = course.outcome.classification.id;
  const above = classAbove(framework, reached);
  if (!above) return [];
  const leaves = (course.outcome.checks.get(above.id) ?? []).flatMap(unmetLeaves);
  const stageLeaves = leaves.filter((l) => l.requirement.stageLevel);
  if (stageLeaves.length === 0) return [];
  const sharedNow = course.measures.stages.filter((s) => s.shared).map((s) => stageNoun(framework, s.id));
  const missing = stageLeaves.flatMap((l) => l.requirement.stageLevel!.stages);
  const missingNouns = listWords(
    [...new Set(missing)].map((id) => stageNoun(framework, id)),
    'or',
  );
  const phases = new Set(missing.map((id) => framework.stages.find((s) => s.id === id)?.phase ?? ''));
  const how = [...phases].map((p) => PHASE_WORDS[p]).filter(Boolean);
  const term = findTerms(
    framework,
    describedAs,
    course.measures,
    course.outcome.classification,
    course.outcome.checks,
  ).supported;
  // "in design but not in delivery"; with no stage shared, there is nothing to set against.
  const shares =
    sharedNow.length > 0
      ? `shares power in ${listWords(sharedNow, 'and')} but not in ${missingNouns}`
      : 'shares power at no stage';
  const isTerm = term ? `: that is ${term.label}` : '';
  const plan =
    how.length > 0 ? `plan how people will share in ${how.join(', and in ')}` : `plan ${missingNouns} to be shared`;
  const firstWaiting = course.planned.find((s) => missing.includes(s.id)) ?? course.planned[0];
  const before = firstWaiting ? `, and set it up before ${stageNoun(framework, firstWaiting.id)} starts` : '';
  return [
    {
      kind: 'stage',
      gain: null,
      towards: above.id,
      text: `Your plan ${shares}${isTerm} — to be ${shortLabel(above.label).toLowerCase()}, ${plan}${before}`,
    },
  ];
}
