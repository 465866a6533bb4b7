// What a summary of many projects shows of each one: a few fields kept as the results stream by,
// so a batch summary never needs the whole scorecards.
import type { ReportResult } from '../core/report.js';
import { rowChange, type RowChange } from './change-table.js';

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
  completeness: number;
  warnings: number;
  /** Only with --baseline: the change since then, in short; null when the project is not in the baseline. */
  change?: RowChange | null;
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
    completeness: result.completeness,
    warnings: result.warnings.length,
    ...(result.change !== undefined && { change: result.change && rowChange(result.change) }),
  };
}
