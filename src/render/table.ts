import type { Report } from '../core/report.js';
import { renderBatchTable } from './table-batch.js';
import type { TableOptions } from './table-parts.js';
import { renderProjectTable } from './table-project.js';

/** One project gets the full scorecard; several get the summary table. */
export function renderTable(report: Report, options: TableOptions): string {
  if (report.results.length === 1 && report.summary.total === 1) return renderProjectTable(report.results[0]!, options);
  if (report.results.length === 0) return '';
  return renderBatchTable(report, options);
}
