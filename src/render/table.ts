import type { Report, ReportError, ReportResult } from '../core/report.js';
import { renderBatchTable } from './table-batch.js';
import { safeStrings } from './safe-text.js';
import type { TableOptions } from './table-parts.js';
import { renderProjectTable } from './table-project.js';
import { singleProject, type ReportHeader } from './sink.js';
import type { BatchRow } from './batch-row.js';
import { batchChangeText, projectChangeText } from './change-table.js';

export interface TableInput {
  header: ReportHeader;
  summary: Report['summary'];
  errors: ReportError[];
  /** The first result, shown in full when it is the only file. */
  first: ReportResult | undefined;
  rows: BatchRow[];
}

/** One project gets the full scorecard; several get the summary table; none, nothing. */
export function renderTable(unsafe: TableInput, options: TableOptions): string {
  const input = safeStrings(unsafe);
  const classes = input.header.outline.classes;
  if (singleProject(input.first, input.summary)) return renderProjectTable(input.first, options) + projectChangeText(input.first, classes, options);
  if (input.rows.length === 0) return '';
  return renderBatchTable(input, options) + batchChangeText(input.rows, classes, options);
}
