// A report is produced as a stream: each scored project is handed to the sinks as soon as it is
// ready, so a batch of thousands never has to sit in memory. A sink renders one format to one
// output; it keeps only what its format needs at the end (the table keeps one row a project).
import type { Report, ReportError, ReportResult } from '../core/report.js';

export type ReportHeader = Pick<Report, 'tool' | 'framework'>;

export interface ReportSink {
  result(result: ReportResult): void;
  end(summary: Report['summary'], errors: ReportError[]): void;
}
