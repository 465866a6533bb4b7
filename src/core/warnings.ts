// Warnings flag what a reader of the scorecard should double-check: claims the evidence does
// not back, and answers that disagree with the stage levels given.
import { reasonBody } from './classify.js';
import { levelRank, reaches } from './levels.js';
import { givenAnswer, stageFor } from './project-entries.js';
import type { Classification, CriterionResult, StageResult, Warning } from './result.js';
import type { Framework, Project } from './types.js';
import { NOT_APPLICABLE, UNKNOWN } from './types.js';

function normaliseTerm(term: string): string {
  return term.toLowerCase().replace(/[\s_-]+/g, '');
}

// Each class's names, normalised once per framework rather than for every project.
const classTerms = new WeakMap<Framework, { id: string; terms: Set<string> }[]>();

function termsOf(framework: Framework): { id: string; terms: Set<string> }[] {
  let terms = classTerms.get(framework);
  if (!terms) {
    terms = framework.classes.map((c) => ({ id: c.id, terms: new Set([c.id, c.label, ...(c.aliases ?? [])].map(normaliseTerm)) }));
    classTerms.set(framework, terms);
  }
  return terms;
}

/** The framework class a free-text self-description names, if any ("Co-produced" → co-production). */
export function classNamedBy(framework: Framework, describedAs: string | undefined): string | undefined {
  if (!describedAs) return undefined;
  const wanted = normaliseTerm(describedAs);
  return termsOf(framework).find((c) => c.terms.has(wanted))?.id;
}

function selfDescription(framework: Framework, project: Project, result: Classification): Warning[] {
  const claimed = classNamedBy(framework, project.describedAs);
  if (!claimed) return [];
  const order = framework.classes.map((c) => c.id);
  if (order.indexOf(claimed) >= order.indexOf(result.id)) return [];
  const claimedLabel = framework.classes.find((c) => c.id === claimed)!.label;
  const missed = result.reasons.filter((r) => r.class === claimed && !r.met).map(reasonBody);
  return [
    {
      code: 'self-description-unsupported',
      message: `Described as "${project.describedAs}", but the evidence supports ${result.label.toLowerCase()}, not ${claimedLabel.toLowerCase()}: missing ${missed.join('; ')}`,
    },
  ];
}

function unevidencedAnswers(criteria: CriterionResult[]): Warning[] {
  const claims = criteria.flatMap((c) => c.indicators).filter((i) => (i.answer === 'yes' || i.answer === 'partly') && !i.evidence);
  if (claims.length === 0) return [];
  const noun = claims.length === 1 ? 'answer gives' : 'answers give';
  return [
    {
      code: 'unevidenced-answers',
      message: `${claims.length} "yes" or "partly" ${noun} no evidence, so earn less: ${claims.map((i) => i.id).join(', ')}`,
    },
  ];
}

function unevidencedStages(stages: StageResult[]): Warning[] {
  const claims = stages.filter((s) => s.shared && !s.evidence);
  if (claims.length === 0) return [];
  return [
    {
      code: 'unevidenced-stages',
      message: `Power-sharing is claimed without evidence at ${claims.map((s) => `${s.id} (${s.level})`).join(', ')}: say what happened, so a reader can check it`,
    },
  ];
}

function contradictions(framework: Framework, project: Project): Warning[] {
  const found: Warning[] = [];
  for (const indicator of framework.criteria.flatMap((c) => c.indicators)) {
    if (!indicator.stage || !indicator.impliesLevel) continue;
    const answer = givenAnswer(project, indicator.id);
    const level = stageFor(project, indicator.stage).level;
    if (!answer || level === UNKNOWN || level === NOT_APPLICABLE) continue;
    const atLevel = reaches(framework, level, indicator.impliesLevel);
    if (answer.answer === 'yes' && !atLevel) {
      found.push({
        code: 'contradiction',
        message: `${indicator.id} is answered yes, which means ${indicator.stage} was at least ${indicator.impliesLevel}, but ${indicator.stage} is given as ${level}`,
      });
    } else if (answer.answer === 'no' && atLevel && levelRank(framework, level) >= levelRank(framework, framework.scoring.sharedFrom)) {
      found.push({
        code: 'contradiction',
        message: `${indicator.stage} is given as ${level}, but ${indicator.id} is answered no`,
      });
    }
  }
  return found;
}

function nothingApplies(criteria: CriterionResult[]): Warning[] {
  if (criteria.some((c) => c.score !== null)) return [];
  return [
    {
      code: 'nothing-applies',
      message: 'Every indicator is marked n/a, so there is nothing to score: the score of 0 says nothing about the practice',
    },
  ];
}

function tooLittle(framework: Framework, completeness: number): Warning[] {
  if (completeness >= framework.scoring.minimumCompleteness) return [];
  return [
    {
      code: 'too-little-described',
      message: `Only ${completeness}% of the framework is described (${framework.scoring.minimumCompleteness}% is needed to judge with confidence): the class may change as more is known`,
    },
  ];
}

export function collectWarnings(
  framework: Framework,
  project: Project,
  measures: { classification: Classification; stages: StageResult[]; criteria: CriterionResult[]; completeness: number },
): Warning[] {
  return [
    ...selfDescription(framework, project, measures.classification),
    ...contradictions(framework, project),
    ...unevidencedStages(measures.stages),
    ...unevidencedAnswers(measures.criteria),
    ...tooLittle(framework, measures.completeness),
    ...nothingApplies(measures.criteria),
  ];
}

