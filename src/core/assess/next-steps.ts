// Next steps, ranked: first what it takes to judge the project at all (describe the stages),
// then the evidence that would settle a claim, then what stands between the project and the next
// class up, then the answers that would lift the practice score most. Every step names something a
// person can do next for this project, and no criterion gets more than two.
import { classAbove, higherOnScale, NOT_YET_ASSESSABLE } from './class-scale.js';
import { unmetLeaves, type RequirementCheck } from './classify.js';
import { stageNoun } from './on-course.js';
import { weakPracticeFloor } from './weak-practice.js';
import { listWords } from '../shared/did-you-mean.js';
import { levelLabel } from '../framework/levels.js';
import { round1 } from '../shared/numbers.js';
import { indicatorsById } from '../framework/per-framework.js';
import type { Classification, CriterionResult, NextStep, StageResult } from '../model/result.js';
import { tooLittleDescribed, undescribedPhases, unevidencedClaims } from './provisional.js';
import type { Framework, Indicator, Requirement } from '../model/types.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';

/** At most this many steps about one criterion, so that one weak area does not crowd out the rest. */
const STEPS_PER_CRITERION = 2;

export interface ClassChecks {
  classification: Classification;
  /** Each class's requirement checks on what is shown (evidence as asked). */
  checks: Map<string, RequirementCheck[]>;
  /** The same checks with every claimed level taken at its word. */
  claimedChecks: Map<string, RequirementCheck[]>;
}

function stageTest(framework: Framework, stageId: string, level: string): string | undefined {
  return framework.stages.find((s) => s.id === stageId)?.tests?.[level];
}

/**
 * How the "describe the stages" step ends in the report (terminal, Markdown, JSON): the command
 * that gives each level's test. A web page cannot run it, so the HTML renderers put the tests
 * themselves in its place (commandHintOf finds it).
 */
const criteriaHint = (stageId: string) => `\`copro criteria ${stageId}\` gives a test for each level`;
const CRITERIA_HINT = /^([\s\S]*)\. `copro criteria ([^`\s]+)` gives a test for each level$/;

/** A next step's text without its closing `copro criteria <stage>` sentence, and that stage; undefined when it has none. */
export function commandHintOf(text: string): { text: string; stage: string } | undefined {
  const match = CRITERIA_HINT.exec(text);
  return match ? { text: `${match[1]}.`, stage: match[2]! } : undefined;
}

/** "Describe the stages" when a whole side of the stage test is not described. */
function describeStages(framework: Framework, stages: StageResult[]): NextStep[] {
  if (undescribedPhases(framework, stages).length === 0) return [];
  const undescribed = stages.filter((s) => s.level === UNKNOWN);
  const levels = listWords(framework.levels.map((l) => l.id));
  return [
    {
      kind: 'stage',
      gain: null,
      text: `Describe the stages: for ${listWords(
        undescribed.map((s) => s.id),
        'and',
      )}, say who held power (${levels}) and what happened, with evidence. ${criteriaHint(undescribed[0]!.id)}`,
    },
  ];
}

/** Evidence that would settle a power-sharing claim the class depends on. */
function evidenceForClaims(
  framework: Framework,
  { classification, claimedChecks }: ClassChecks,
  stages: StageResult[],
): NextStep[] {
  const claimedClass = framework.classes.find((c) => (claimedChecks.get(c.id) ?? []).every((check) => check.met));
  if (!claimedClass) return [];
  // Claims count when they would raise the class, or when nothing is shown at all yet.
  const raises =
    higherOnScale(framework, claimedClass.id, classification.id) ||
    (classification.id === NOT_YET_ASSESSABLE && claimedClass.id !== NOT_YET_ASSESSABLE);
  if (!raises) return [];
  return unevidencedClaims(framework, stages).map((s) => {
    const test = stageTest(framework, s.id, s.level);
    const what = s.shared ? 'shows they shared power' : 'shows who held power';
    return {
      kind: 'evidence' as const,
      gain: null,
      towards: claimedClass.id,
      text: `Record the evidence for ${s.id} at ${levelLabel(framework, s.level).toLowerCase()}: what did people do there that ${what}${test ? ` (${test})` : ''}?`,
    };
  });
}

function stageStep(
  framework: Framework,
  rule: NonNullable<Requirement['stageLevel']>,
  requirement: Requirement,
  found: string,
  stages: StageResult[],
  towards: string,
): NextStep | undefined {
  // A stage the project marks n/a cannot be raised: name only the stages that apply.
  const open = rule.stages.filter((id) => stages.find((s) => s.id === id)?.level !== NOT_APPLICABLE);
  const count = rule.count ?? 1;
  if (open.length < count) return undefined;
  const which =
    count > 1
      ? `at least ${count} of ${listWords(open, 'and')}`
      : open.length > 1
        ? `one of ${listWords(open)}`
        : open.join('');
  const example = open.map((id) => stageTest(framework, id, rule.atLeast)).find(Boolean);
  const evidence = rule.evidenced ? ', with evidence,' : '';
  // A stage that has not started yet is set up, not evidenced: say what to arrange before it starts.
  if (open.every((id) => stages.find((s) => s.id === id)?.level === NOT_YET)) {
    const nouns = listWords(open.map((id) => stageNoun(framework, id)));
    return {
      kind: 'stage',
      towards,
      gain: null,
      text: `Before ${nouns} starts, set up how people will share power there (${rule.atLeast} or above), so that ${requirement.text.replace(/, with evidence$/, '')}${example ? `. For example: ${example}` : ''}`,
    };
  }
  // "now" names only the stages that could be raised, not those that do not apply.
  const now = found
    .split(', ')
    .filter((part) => !part.endsWith(`: ${NOT_APPLICABLE}`))
    .join(', ');
  return {
    kind: 'stage',
    towards,
    gain: null,
    text: `Share more power: bring ${which} to ${rule.atLeast} or above${evidence} so that ${requirement.text.replace(/, with evidence$/, '')} (now ${now})${example ? `. For example: ${example}` : ''}`,
  };
}

function stepForRequirement(
  framework: Framework,
  check: RequirementCheck,
  stages: StageResult[],
  towards: string,
): NextStep | undefined {
  const { requirement, found } = check;
  if (requirement.stageLevel) return stageStep(framework, requirement.stageLevel, requirement, found, stages, towards);
  if (requirement.partners) {
    return {
      kind: 'stage',
      towards,
      gain: null,
      text: `Work with both sides: ${requirement.text} (now ${found}). If people from the other side shared the work, add them under \`partners\``,
    };
  }
  if (requirement.score) {
    return {
      kind: 'score',
      towards,
      gain: null,
      text: `Strengthen the practice: a practice score of at least ${requirement.score.atLeast} is needed (now ${found}). The steps below gain the most`,
    };
  }
  return { kind: 'score', towards, gain: null, text: `${requirement.text} (now ${found})` };
}

function classSteps(
  framework: Framework,
  { classification, checks, claimedChecks }: ClassChecks,
  stages: StageResult[],
): NextStep[] {
  const next = classAbove(framework, classification.id);
  if (!next) return [];
  // A condition that the claims would meet is settled by evidence (steps above), not by more power.
  const claimedMet = new Set(collectMet(claimedChecks.get(next.id) ?? []));
  return (checks.get(next.id) ?? [])
    .flatMap(unmetLeaves)
    .filter((leaf) => !claimedMet.has(leaf.requirement.id))
    .map((leaf) => stepForRequirement(framework, leaf, stages, next.id))
    .filter((step): step is NextStep => step !== undefined);
}

function collectMet(checks: RequirementCheck[]): string[] {
  return checks.flatMap((c) => [...(c.met ? [c.requirement.id] : []), ...collectMet(c.children ?? [])]);
}

interface Candidate {
  step: NextStep;
  answer: string;
  indicator: Indicator;
}

function candidates(framework: Framework, criteria: CriterionResult[]): Candidate[] {
  const totalWeight = criteria.filter((c) => c.score !== null).reduce((sum, c) => sum + c.weight, 0);
  const definitions = indicatorsById(framework);
  const found: Candidate[] = [];
  for (const criterion of criteria) {
    for (const indicator of criterion.indicators) {
      const definition = definitions.get(indicator.id)!;
      if (indicator.answer === 'unknown') {
        found.push({
          step: { kind: 'indicator', criterion: criterion.id, indicator: indicator.id, gain: null, text: '' },
          answer: 'unknown',
          indicator: definition,
        });
        continue;
      }
      const missing = indicator.possible - indicator.earned;
      if (missing <= 0 || totalWeight === 0) continue;
      // Practice points gained if this indicator earned full marks, all else equal.
      const gain = round1(((missing / criterion.possible) * 100 * criterion.weight) / totalWeight);
      const kind = indicator.answer === 'yes' ? 'evidence' : 'indicator';
      found.push({
        step: { kind, criterion: criterion.id, indicator: indicator.id, gain, text: '' },
        answer: indicator.answer,
        indicator: definition,
      });
    }
  }
  return found;
}

function stepText({ answer, indicator }: Candidate): string {
  const guidance = indicator.yes ? ` (counts as yes: ${indicator.yes})` : '';
  if (answer === 'yes') return `Record the evidence for: ${indicator.question}`;
  if (answer === 'unknown') return `Find out and describe: ${indicator.question}${guidance}`;
  if (indicator.advice) return `${indicator.question} — ${indicator.advice}`;
  return `${answer === 'partly' ? 'Go further on' : 'Work towards'}: ${indicator.question}${guidance}`;
}

/**
 * Answers to work on. When too little is described to judge, the questions still unanswered come
 * first (heaviest criteria first); otherwise the changes that gain the most points.
 */
function indicatorSteps(framework: Framework, criteria: CriterionResult[], describeFirst: boolean): NextStep[] {
  const weight = new Map(criteria.map((c) => [c.id, c.weight]));
  const all = candidates(framework, criteria);
  const unknown = all
    .filter((c) => c.answer === 'unknown')
    .sort((a, b) => weight.get(b.step.criterion!)! - weight.get(a.step.criterion!)!);
  const gains = all.filter((c) => c.answer !== 'unknown').sort((a, b) => (b.step.gain ?? 0) - (a.step.gain ?? 0));
  const ranked = describeFirst ? [...unknown, ...gains] : [...gains, ...unknown];
  const perCriterion = new Map<string, number>();
  const chosen: NextStep[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= framework.scoring.nextSteps) break;
    const criterion = candidate.step.criterion!;
    const used = perCriterion.get(criterion) ?? 0;
    if (used >= STEPS_PER_CRITERION) continue;
    perCriterion.set(criterion, used + 1);
    chosen.push({ ...candidate.step, text: stepText(candidate) });
  }
  return chosen;
}

export function nextSteps(
  framework: Framework,
  classChecks: ClassChecks,
  criteria: CriterionResult[],
  stages: StageResult[],
  completeness: number,
  /** For unfinished work: what the plan lacks, to set up before the next stage (see on-course.ts). */
  planned: NextStep[] = [],
): NextStep[] {
  const describeFirst = tooLittleDescribed(framework, completeness);
  const describe = describeStages(framework, stages);
  // While a side of the stage test is not described at all, "describe the stages" comes before
  // any step about raising them: the levels may already be higher than the file says. A plan's
  // own step says what to set up, so steps about raising stages not started yet give way to it.
  const raise = classSteps(framework, classChecks, stages).filter(
    (step) =>
      (describe.length === 0 || step.kind !== 'stage') &&
      !(planned.length > 0 && step.kind === 'stage' && step.text.startsWith('Before ')),
  );
  return [
    ...weakPracticeStep(classChecks),
    ...describe,
    ...evidenceForClaims(framework, classChecks, stages),
    ...planned,
    ...raise,
    ...indicatorSteps(framework, criteria, describeFirst),
  ];
}

/** A decision handed over with weak practice around it: the practice comes first. */
function weakPracticeStep({ classification, checks }: ClassChecks): NextStep[] {
  const weak = weakPracticeFloor(classification.id, checks);
  if (!weak) return [];
  return [
    {
      kind: 'score',
      gain: null,
      text: `Strengthen the practice around the decision that was handed over: ${weak.found}, under ${weak.atLeast}. The steps below gain the most`,
    },
  ];
}
