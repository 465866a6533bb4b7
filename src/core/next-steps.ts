// Next steps, ranked: first what stands between the project and the next class up (a change of
// class outweighs any number of points), then the indicator changes that would lift the overall
// score most, using the framework's advice.
import type { RequirementCheck } from './classify.js';
import type { Classification, CriterionResult, NextStep, StageResult } from './result.js';
import type { Criterion, Framework } from './types.js';
import { NOT_APPLICABLE } from './types.js';
import { round1 } from './numbers.js';
import { listWords } from './did-you-mean.js';

/**
 * The plain conditions still to meet. Of the alternatives of an anyOf only the nearest one is
 * needed (the one with the fewest conditions left), so only that one is listed.
 */
function unmetLeaves(check: RequirementCheck): RequirementCheck[] {
  if (check.met) return [];
  if (!check.children) return [check];
  if (!check.requirement.anyOf) return check.children.flatMap(unmetLeaves);
  const routes = check.children.map(unmetLeaves).filter((leaves) => leaves.length > 0);
  return routes.reduce((nearest, route) => (route.length < nearest.length ? route : nearest), routes[0] ?? []);
}

function stepForRequirement(check: RequirementCheck, stages: StageResult[], towards: string): NextStep | undefined {
  const { requirement } = check;
  const rule = requirement.stageLevel;
  if (!rule) return { kind: 'score', towards, gain: null, text: `Reach what this needs: ${requirement.text} (now ${check.found})` };
  // A stage the project marks n/a cannot be raised: name only the stages that apply.
  const open = rule.stages.filter((id) => stages.find((s) => s.id === id)?.level !== NOT_APPLICABLE);
  const count = rule.count ?? 1;
  if (open.length < count) return undefined;
  const which = count > 1 ? `at least ${count} of ${listWords(open, 'and')}` : open.length > 1 ? `one of ${listWords(open)}` : open.join('');
  return {
    kind: 'stage',
    towards,
    gain: null,
    text: `Share more power: bring ${which} to ${rule.atLeast} or above, so that ${requirement.text} (now ${check.found})`,
  };
}

function classSteps(framework: Framework, classification: Classification, checks: Map<string, RequirementCheck[]>, stages: StageResult[]): NextStep[] {
  const index = framework.classes.findIndex((c) => c.id === classification.id);
  const next = framework.classes[index - 1];
  if (!next) return [];
  return (checks.get(next.id) ?? [])
    .flatMap(unmetLeaves)
    .map((leaf) => stepForRequirement(leaf, stages, next.id))
    .filter((step): step is NextStep => step !== undefined);
}

interface Candidate {
  step: NextStep;
  answer: string;
  question: string;
  guidance?: string;
  advice?: string;
}

function candidates(framework: Framework, criteria: CriterionResult[]): Candidate[] {
  const totalWeight = criteria.filter((c) => c.score !== null).reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return [];
  const definitions = new Map<string, Criterion>(framework.criteria.map((c) => [c.id, c]));
  const found: Candidate[] = [];
  for (const criterion of criteria) {
    if (criterion.possible === 0) continue;
    const definition = definitions.get(criterion.id)!;
    for (const indicator of criterion.indicators) {
      const missing = indicator.possible - indicator.earned;
      if (missing <= 0) continue;
      // Overall points gained if this indicator earned full marks, all else equal.
      const gain = round1(((missing / criterion.possible) * 100 * criterion.weight) / totalWeight);
      found.push({
        step: { kind: indicator.answer === 'yes' ? 'evidence' : 'indicator', criterion: criterion.id, indicator: indicator.id, gain, text: '' },
        answer: indicator.answer,
        question: indicator.question,
        guidance: definition.indicators.find((i) => i.id === indicator.id)?.yes,
        advice: definition.advice,
      });
    }
  }
  // Stable sort keeps framework order among equal gains.
  return found.sort((a, b) => (b.step.gain ?? 0) - (a.step.gain ?? 0));
}

/** The words of a step. A criterion's advice is given once, with its first step. */
function stepText(candidate: Candidate, adviceGiven: boolean): string {
  const { answer, question, guidance, advice } = candidate;
  if (answer === 'yes') return `Record the evidence for: ${question}`;
  if (answer === 'unknown') return `Find out and describe: ${question}${guidance ? ` (counts as yes: ${guidance})` : ''}`;
  if (advice && !adviceGiven) return `${question} — ${advice}`;
  return `${answer === 'partly' ? 'Go further on' : 'Work towards'}: ${question}${guidance ? ` (counts as yes: ${guidance})` : ''}`;
}

function indicatorSteps(framework: Framework, criteria: CriterionResult[]): NextStep[] {
  const advised = new Set<string>();
  return candidates(framework, criteria)
    .slice(0, framework.scoring.nextSteps)
    .map((candidate) => {
      const criterion = candidate.step.criterion!;
      const text = stepText(candidate, advised.has(criterion));
      if (candidate.answer === 'no' || candidate.answer === 'partly') advised.add(criterion);
      return { ...candidate.step, text };
    });
}

export function nextSteps(
  framework: Framework,
  classification: Classification,
  checks: Map<string, RequirementCheck[]>,
  criteria: CriterionResult[],
  stages: StageResult[],
): NextStep[] {
  return [...classSteps(framework, classification, checks, stages), ...indicatorSteps(framework, criteria)];
}
