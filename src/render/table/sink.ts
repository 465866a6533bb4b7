// The table format as a sink: one project gets its full scorecard, several get the summary
// table; for that it keeps the first result and one short row per project.
import type { InputError } from '../../core/model/input-error.js';
import type { Report, ReportResult } from '../../core/model/report.js';
import type { ReportOutput } from '../output.js';
import type { ReportHeader, ReportSink } from '../sink.js';
import { rowOf, type BatchRow } from '../batch-row.js';
import { renderTable } from './render.js';
import { latestPerProject } from '../../core/compare/latest-per-project.js';
import type { TableOptions } from './parts.js';

export function tableSink(header: ReportHeader, output: ReportOutput, options: TableOptions): ReportSink {
  let first: ReportResult | undefined;
  const rows: BatchRow[] = [];
  return {
    result(result) {
      first ??= result;
      rows.push(rowOf(result));
    },
    end(summary: Report['summary'], errors: InputError[]) {
      output.write(
        renderTable({ header, summary, errors, first, rows: latestPerProject(header.outline, rows) }, options),
      );
    },
  };
}
