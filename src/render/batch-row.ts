// What a summary of many projects shows of each one: a few fields kept as the results stream by,
// so a batch summary never needs the whole scorecards.
import { overallDirection } from '../core/compare/compare-change.js';
import type { Change, Direction } from '../core/model/comparison.js';
import type { History } from '../core/compare/latest-per-project.js';
import { assessmentKey, type AssessmentKey, type ReportResult } from '../core/model/report.js';
import { practiceScoreText } from './scorecard-parts.js';

/** What a batch row keeps of a change since the baseline: enough for one line. */
interface RowChange {
  direction: Direction;
  class: { from: string; to: string };
  score: { from: number; to: number; delta: number };
}

function rowChange(change: Change): RowChange {
  return {
    direction: overallDirection(change),
    class: { from: change.class.from, to: change.class.to },
    score: change.score,
  };
}

export interface BatchRow {
  name: string;
  file: string;
  classId: string;
  classLabel: string;
  provisional: boolean;
  /** The term the evidence supports, and the one the project calls itself (if any). */
  supportedTerm: string | null;
  claimedTerm: string | null;
  score: number;
  /** The score as the human formats show it: the number, or why it is not shown. */
  scoreText: string;
  completeness: number;
  warnings: number;
  /** Only with --baseline: the change since then, in short; null when the project is not in the baseline. */
  change?: RowChange | null;
  /** The project id, date and perspective, when the file gives an id: several files may be assessments of one project. */
  assessment?: AssessmentKey;
  /** Set on a project's one row in a batch summary when it has several assessments (latest-per-project.ts). */
  history?: History;
}

export function rowOf(result: ReportResult): BatchRow {
  return {
    name: result.project.name,
    file: result.file,
    classId: result.classification.id,
    classLabel: result.classification.label,
    provisional: result.classification.provisional,
    supportedTerm: result.terms.supported?.label ?? null,
    claimedTerm: result.terms.claimed?.label ?? null,
    score: result.score,
    scoreText: practiceScoreText(result),
    completeness: result.completeness,
    warnings: result.warnings.length,
    ...(result.change !== undefined && { change: result.change && rowChange(result.change) }),
    ...(result.project.id !== undefined && { assessment: assessmentKey(result) }),
  };
}

/** "3 assessments; latest 2026-06-10 (community), up since 2025-05-01"; '' for a project assessed once. */
export function historyNote(row: Pick<BatchRow, 'assessment' | 'history'>): string {
  const { assessment, history } = row;
  if (!assessment || !history) return '';
  const latest = `latest ${assessment.date ?? 'undated'}${assessment.perspective ? ` (${assessment.perspective})` : ''}`;
  const trend =
    history.trend === null ? '' : `, ${history.trend === 'same' ? 'no change' : history.trend} since ${history.since}`;
  return `${history.assessments} assessments; ${latest}${trend}`;
}
