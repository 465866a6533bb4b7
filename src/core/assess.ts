// The pure heart of copro: one validated project and a framework in, one scorecard out.
import { classify } from './classify.js';
import { nextSteps } from './next-steps.js';
import type { Scorecard } from './result.js';
import { scoreCriterion } from './score-criteria.js';
import { completeness, overallScore, sourceScores, stageProfile } from './score-overall.js';
import type { Framework, Project } from './types.js';
import { NOT_APPLICABLE } from './types.js';
import { collectWarnings } from './warnings.js';

export function assessProject(framework: Framework, project: Project): Scorecard {
  const criteria = framework.criteria.map((c) => scoreCriterion(framework.scoring, project, c));
  const stages = stageProfile(framework, project);
  const measures = { score: overallScore(criteria), completeness: completeness(stages, criteria), stages, criteria };
  const { classification, checks } = classify(framework, measures);
  const { stages: _s, answers: _a, ...info } = project;
  return {
    project: info,
    classification,
    score: measures.score,
    completeness: measures.completeness,
    stages,
    criteria,
    sources: sourceScores(framework, criteria),
    excluded: {
      stages: stages.filter((s) => s.level === NOT_APPLICABLE).map((s) => s.id),
      indicators: criteria.flatMap((c) => c.indicators).filter((i) => i.answer === 'n/a').map((i) => i.id),
    },
    nextSteps: nextSteps(framework, classification, checks, criteria, stages),
    warnings: collectWarnings(framework, project, { classification, stages, criteria, completeness: measures.completeness }),
  };
}
