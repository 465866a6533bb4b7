// The table format as a sink: one project gets its full scorecard, several get the summary
// table; for that it keeps the first result and one short row per project.
import type { Report, ReportError, ReportResult } from '../core/report.js';
import type { TextOutput } from '../io/text-output.js';
import type { ReportHeader, ReportSink } from './sink.js';
import { renderTable, type BatchRow } from './table.js';
import type { TableOptions } from './table-parts.js';

export function rowOf(result: ReportResult): BatchRow {
  return {
    name: result.project.name,
    file: result.file,
    classId: result.classification.id,
    classLabel: result.classification.label,
    score: result.score,
    completeness: result.completeness,
    warnings: result.warnings.length,
  };
}

export function tableSink(header: ReportHeader, output: TextOutput, options: TableOptions): ReportSink {
  let first: ReportResult | undefined;
  const rows: BatchRow[] = [];
  return {
    result(result) {
      first ??= result;
      rows.push(rowOf(result));
    },
    end(summary: Report['summary'], errors: ReportError[]) {
      output.write(renderTable({ header, summary, errors, first, rows }, options));
    },
  };
}
