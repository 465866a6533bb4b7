// A sink for the formats that show a batch as a summary first and then a section per project
// (Markdown, HTML). It keeps a short row per project and the first result; the rendered sections
// are spooled (in memory, then on disk once large) until the summary is known at the end.
import type { InputError } from '../core/model/input-error.js';
import type { Report, ReportResult } from '../core/model/report.js';
import type { NewSpool } from './output.js';
import type { ReportSink } from './sink.js';

export interface Collected<Row> {
  /** The first result, whole: a run of one project shows just its scorecard. */
  first: ReportResult | undefined;
  rows: Row[];
  summary: Report['summary'];
  errors: InputError[];
  /** Hand the sections, in order, to `write`. */
  drainSections(write: (text: string) => void): void;
}

export interface CollectingParts<Row> {
  row(result: ReportResult, index: number): Row;
  section(result: ReportResult, index: number): string;
  end(collected: Collected<Row>): void;
}

export function collectingSink<Row>(parts: CollectingParts<Row>, newSpool: NewSpool): ReportSink {
  const spool = newSpool();
  const rows: Row[] = [];
  let first: ReportResult | undefined;
  return {
    result(result) {
      first ??= result;
      spool.append(parts.section(result, rows.length));
      rows.push(parts.row(result, rows.length));
    },
    end(summary, errors) {
      parts.end({ first, rows, summary, errors, drainSections: (write) => spool.drainTo(write) });
    },
  };
}
