// Next steps, ranked: first what stands between the project and the next class up (a change of
// class outweighs any number of points), then the indicator changes that would lift the overall
// score most, using the framework's advice.
import type { RequirementCheck } from './classify.js';
import type { Classification, CriterionResult, NextStep } from './result.js';
import type { Criterion, Framework, Requirement } from './types.js';
import { round1 } from './numbers.js';
import { listWords } from './did-you-mean.js';

function unmetLeaves(check: RequirementCheck): RequirementCheck[] {
  if (check.met) return [];
  if (!check.children) return [check];
  return check.children.flatMap(unmetLeaves);
}

function stepForRequirement(requirement: Requirement, check: RequirementCheck, towards: string): NextStep {
  const rule = requirement.stageLevel;
  if (rule) {
    const which = rule.stages.length > 1 ? `one of ${listWords(rule.stages)}` : rule.stages.join('');
    const count = rule.count && rule.count > 1 ? `at least ${rule.count} of ${listWords(rule.stages).replace(/ or /, ' and ')}` : which;
    return {
      kind: 'stage',
      towards,
      gain: null,
      text: `Share more power: bring ${count} to ${rule.atLeast} or above, so that ${requirement.text} (now ${check.found})`,
    };
  }
  return { kind: 'score', towards, gain: null, text: `Reach what this needs: ${requirement.text} (now ${check.found})` };
}

function classSteps(framework: Framework, classification: Classification, checks: Map<string, RequirementCheck[]>): NextStep[] {
  const index = framework.classes.findIndex((c) => c.id === classification.id);
  const next = framework.classes[index - 1];
  if (!next) return [];
  return (checks.get(next.id) ?? []).flatMap(unmetLeaves).map((leaf) => stepForRequirement(leaf.requirement, leaf, next.id));
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
): NextStep[] {
  return [...classSteps(framework, classification, checks), ...indicatorSteps(framework, criteria)];
}
