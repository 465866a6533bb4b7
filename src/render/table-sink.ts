// The table format as a sink: one project gets its full scorecard, several get the summary
// table; for that it keeps the first result and one short row per project.
import type { Report, ReportError, ReportResult } from '../core/report.js';
import type { TextOutput } from '../io/text-output.js';
import type { ReportHeader, ReportSink } from './sink.js';
import { rowOf, type BatchRow } from './batch-row.js';
import { renderTable } from './table.js';
import { latestPerProject } from '../core/latest-per-project.js';
import type { TableOptions } from './table-parts.js';

export function tableSink(header: ReportHeader, output: TextOutput, options: TableOptions): ReportSink {
  let first: ReportResult | undefined;
  const rows: BatchRow[] = [];
  return {
    result(result) {
      first ??= result;
      rows.push(rowOf(result));
    },
    end(summary: Report['summary'], errors: ReportError[]) {
      output.write(renderTable({ header, summary, errors, first, rows: latestPerProject(header.outline, rows) }, options));
    },
  };
}
