// Next steps, ranked: first what stands between the project and the next class up (a change of
// class outweighs any number of points), then the indicator changes that would lift the overall
// score most, using the framework's advice.
import type { RequirementCheck } from './classify.js';
import type { Classification, CriterionResult, NextStep } from './result.js';
import type { Criterion, Framework, Requirement } from './types.js';
import { round1 } from './numbers.js';

function unmetLeaves(check: RequirementCheck): RequirementCheck[] {
  if (check.met) return [];
  if (!check.children) return [check];
  return check.children.flatMap(unmetLeaves);
}

function stepForRequirement(requirement: Requirement, check: RequirementCheck, towards: string): NextStep {
  const rule = requirement.stageLevel;
  if (rule) {
    const which = rule.stages.join(' or ');
    const count = rule.count && rule.count > 1 ? `at least ${rule.count} of ${rule.stages.join(', ')}` : which;
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

function indicatorSteps(framework: Framework, criteria: CriterionResult[]): NextStep[] {
  const totalWeight = criteria.filter((c) => c.score !== null).reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return [];
  const definitions = new Map<string, Criterion>(framework.criteria.map((c) => [c.id, c]));
  const steps: NextStep[] = [];
  for (const criterion of criteria) {
    if (criterion.possible === 0) continue;
    const definition = definitions.get(criterion.id)!;
    for (const indicator of criterion.indicators) {
      const missing = indicator.possible - indicator.earned;
      if (missing <= 0) continue;
      // Overall points gained if this indicator earned full marks, all else equal.
      const gain = round1(((missing / criterion.possible) * 100 * criterion.weight) / totalWeight);
      const guidance = definition.indicators.find((i) => i.id === indicator.id)?.yes;
      steps.push({
        kind: indicator.answer === 'yes' ? 'evidence' : 'indicator',
        criterion: criterion.id,
        indicator: indicator.id,
        gain,
        text: stepText(indicator.answer, indicator.question, guidance, definition.advice),
      });
    }
  }
  // Stable sort keeps framework order among equal gains.
  return steps.sort((a, b) => (b.gain ?? 0) - (a.gain ?? 0));
}

function stepText(answer: string, question: string, guidance: string | undefined, advice: string | undefined): string {
  if (answer === 'yes') return `Record the evidence for: ${question}`;
  if (answer === 'unknown') return `Find out and describe: ${question}${guidance ? ` (counts as yes: ${guidance})` : ''}`;
  if (answer === 'partly' && guidance) return `Go further on: ${question} (counts as yes: ${guidance})`;
  return `${question}${advice ? ` — ${advice}` : ''}`;
}

export function nextSteps(
  framework: Framework,
  classification: Classification,
  checks: Map<string, RequirementCheck[]>,
  criteria: CriterionResult[],
): NextStep[] {
  return [...classSteps(framework, classification, checks), ...indicatorSteps(framework, criteria).slice(0, framework.scoring.nextSteps)];
}
