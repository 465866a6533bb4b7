// The table format: one project's scorecard, or a batch's summary table.
import type { ReportResult } from '../../core/model/report.js';
import { renderBatchTable, type BatchTableInput } from './batch.js';
import { safeStrings } from '../text/safe-text.js';
import type { TableOptions } from './parts.js';
import { renderProjectTable } from './project.js';
import { singleProject, type ReportHeader } from '../sink.js';
import { batchChangeText, projectChangeText } from './change.js';

export interface TableInput extends BatchTableInput {
  header: ReportHeader;
  /** The first result, shown in full when it is the only file. */
  first: ReportResult | undefined;
}

/** One project gets the full scorecard; several get the summary table; none, nothing. */
export function renderTable(unsafe: TableInput, options: TableOptions): string {
  const input = safeStrings(unsafe);
  const classes = input.header.outline.classes;
  if (singleProject(input.first, input.summary))
    return renderProjectTable(input.first, options) + projectChangeText(input.first, classes, options);
  if (input.rows.length === 0) return '';
  return renderBatchTable(input, options, classes) + batchChangeText(input.rows, classes, options);
}
