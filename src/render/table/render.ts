import type { InputError } from '../../core/input-error.js';
import type { Report, ReportResult } from '../../core/report.js';
import { renderBatchTable } from './batch.js';
import { safeStrings } from '../text/safe-text.js';
import type { TableOptions } from './parts.js';
import { renderProjectTable } from './project.js';
import { singleProject, type ReportHeader } from '../sink.js';
import type { BatchRow } from '../batch-row.js';

export interface TableInput {
  header: ReportHeader;
  summary: Report['summary'];
  errors: InputError[];
  /** The first result, shown in full when it is the only file. */
  first: ReportResult | undefined;
  rows: BatchRow[];
}

/** One project gets the full scorecard; several get the summary table; none, nothing. */
export function renderTable(unsafe: TableInput, options: TableOptions): string {
  const input = safeStrings(unsafe);
  if (singleProject(input.first, input.summary)) return renderProjectTable(input.first, options);
  if (input.rows.length === 0) return '';
  return renderBatchTable(input, options);
}
