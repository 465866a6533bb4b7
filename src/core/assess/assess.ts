// The pure heart of copro: one validated project and a framework in, one scorecard out.
import { classify, type Measures } from './classify.js';
import { nextSteps } from './next-steps.js';
import { provisionalReasons } from './provisional.js';
import { onCourse, onCourseText, planSteps } from './on-course.js';
import type { Classification, Scorecard } from '../model/result.js';
import { scoreCriterion } from './score-criteria.js';
import { completeness, practiceScore, sourceScores, stageProfile } from './score-overall.js';
import { findTerms } from './terms.js';
import { partnerName, resolvePartners } from '../project/partners.js';
import type { Framework, Project, ResolvedPartner } from '../model/types.js';
import { NOT_APPLICABLE } from '../model/types.js';
import { collectWarnings } from './warnings.js';
import { parseYear } from '../project/year.js';
import { suggestionsIn } from '../draft/suggestions.js';

/** The practice score is shown where enough of the framework is described to make it mean something. */
function scoreShown(framework: Framework, measures: Measures): boolean {
  return measures.score !== null && measures.completeness >= (framework.scoring.showScoreFrom ?? 0);
}

function namedPartners(framework: Framework, project: Project): ResolvedPartner[] | undefined {
  if (!project.partners || project.partners.length === 0) return undefined;
  return resolvePartners(framework, project.partners);
}

export function assessProject(framework: Framework, project: Project): Scorecard {
  const criteria = framework.criteria.map((c) => scoreCriterion(framework.scoring, project, c));
  const stages = stageProfile(framework, project);
  const measures: Measures = {
    score: practiceScore(criteria),
    completeness: completeness(stages, criteria),
    stages,
    criteria,
    partners: namedPartners(framework, project),
  };
  // The verdict on what is shown, and what the claims would earn if every level were shown.
  const shown = classify(framework, measures);
  const claimed = classify(framework, measures, { trustClaims: true });
  const suggested = new Set(
    Object.entries(project.stages)
      .filter(([, s]) => s.suggested)
      .map(([id]) => id),
  );
  const because = provisionalReasons(framework, measures, shown, claimed, suggested);
  const course = onCourse(framework, measures);
  const classification: Classification = {
    ...shown.classification,
    provisional: because.length > 0,
    provisionalReasons: because,
    ...(course
      ? {
          onCourseFor: course.outcome.classification.id,
          onCourseText: onCourseText(framework, shown.classification.id, course),
        }
      : {}),
  };
  const terms = findTerms(framework, project.describedAs, measures, classification, shown.checks);
  const { stages: _s, answers: _a, idChanges: _c, years: _y, partners, ...rest } = project;
  // The report keeps `partners` as names, as it always has, and gives each one's kind and side beside it.
  const info = partners
    ? { ...rest, partners: partners.map(partnerName), partnerSides: measures.partners ?? [] }
    : rest;
  // The year stays as written; the years it covers go beside it.
  const years = info.year === undefined || info.year === null ? undefined : parseYear(info.year);
  // A draft no one has checked says so, so that a public hub can leave it out.
  const unchecked = suggestionsIn(project).length;
  return {
    project: years ? { ...info, years } : info,
    classification,
    score: measures.score ?? 0,
    scoreShown: scoreShown(framework, measures),
    completeness: measures.completeness,
    stages,
    criteria,
    sources: sourceScores(framework, criteria),
    excluded: {
      stages: stages.filter((s) => s.level === NOT_APPLICABLE).map((s) => s.id),
      indicators: criteria
        .flatMap((c) => c.indicators)
        .filter((i) => i.answer === 'n/a')
        .map((i) => i.id),
    },
    terms,
    nextSteps: nextSteps(
      framework,
      { classification, checks: shown.checks, claimedChecks: claimed.checks },
      criteria,
      stages,
      measures.completeness,
      course ? planSteps(framework, course, project.describedAs) : [],
    ),
    warnings: collectWarnings(framework, project, {
      classification,
      stages,
      criteria,
      completeness: measures.completeness,
      terms,
      partners: measures.partners,
      checks: shown.checks,
      score: measures.score,
    }),
    ...(unchecked > 0 ? { suggestions: unchecked } : {}),
  };
}
