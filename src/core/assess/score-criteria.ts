// Indicator points and criterion scores. A criterion's score is worked out over what the project
// describes: "unknown" (or an indicator the project leaves out) is not scored at all, because "not
// described" is not "not done"; completeness says how much is described. "n/a" leaves the sums
// too and is reported apart.
import { round1 } from '../shared/numbers.js';
import { answerFor } from '../project/project-entries.js';
import type { CriterionResult, IndicatorResult } from '../model/result.js';
import type { AnswerEntry, Criterion, Indicator, Project, Scoring } from '../model/types.js';

/** Any character other than white space (the same set String.prototype.trim removes). */
const NOT_BLANK = /\S/;

/** Not empty or only white space. Runs for every answer of every file, so it copies nothing. */
function notBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || NOT_BLANK.test(text); // most evidence starts with a letter
}

export function hasEvidence(entry: { evidence?: string } | undefined): boolean {
  return typeof entry?.evidence === 'string' && notBlank(entry.evidence);
}

export function indicatorPoints(
  scoring: Scoring,
  entry: AnswerEntry,
  evidenced = hasEvidence(entry),
): { earned: number; possible: number } {
  if (entry.answer === 'n/a' || entry.answer === 'unknown') return { earned: 0, possible: 0 };
  const possible = scoring.points.yes;
  if ((entry.answer === 'yes' || entry.answer === 'partly') && !evidenced) {
    return { earned: scoring.unevidencedPoints[entry.answer], possible };
  }
  return { earned: scoring.points[entry.answer], possible };
}

function scoreIndicator(scoring: Scoring, project: Project, indicator: Indicator): IndicatorResult {
  const entry = answerFor(project, indicator.id);
  const evidenced = hasEvidence(entry);
  const result: IndicatorResult = {
    id: indicator.id,
    question: indicator.question,
    answer: entry.answer,
    ...indicatorPoints(scoring, entry, evidenced),
  };
  if (evidenced) result.evidence = entry.evidence;
  return result;
}

export function scoreCriterion(scoring: Scoring, project: Project, criterion: Criterion): CriterionResult {
  const indicators = criterion.indicators.map((indicator) => scoreIndicator(scoring, project, indicator));
  const earned = indicators.reduce((sum, i) => sum + i.earned, 0);
  const possible = indicators.reduce((sum, i) => sum + i.possible, 0);
  return {
    id: criterion.id,
    title: criterion.title,
    weight: criterion.weight,
    score: possible > 0 ? round1((earned / possible) * 100) : null,
    earned,
    possible,
    indicators,
  };
}
