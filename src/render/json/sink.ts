// The JSON report, streamed. The output is byte for byte what JSON.stringify(report, null, 2)
// gives, summary first as the contract shows it: results are spooled (in memory, then in a
// temporary file once large) until the summary is known at the end.
import type { InputError } from '../../core/model/input-error.js';
import { REPORT_SCHEMA_VERSION, type Report, type ReportResult } from '../../core/model/report.js';
import type { NewSpool, ReportOutput } from '../output.js';
import { field, resultItem } from './render.js';
import type { ReportHeader, ReportSink } from '../sink.js';

export function jsonSink(header: ReportHeader, output: ReportOutput, newSpool: NewSpool): ReportSink {
  const spool = newSpool();
  let count = 0;
  const append = (item: string | Uint8Array) => {
    // Apart, not joined: joining makes V8 copy the whole result's text once more.
    if (count > 0) spool.append(',\n');
    spool.append(item);
    count++;
  };
  return {
    result: (result: ReportResult) => append(resultItem(result)),
    jsonResult: append,
    end(summary: Report['summary'], errors: InputError[]) {
      output.write(
        `{\n${field('schemaVersion', REPORT_SCHEMA_VERSION)},\n${field('tool', header.tool)},\n${field('framework', header.framework)},\n${field('summary', summary)},\n`,
      );
      if (count === 0) output.write('  "results": [],\n');
      else {
        output.write('  "results": [\n');
        spool.drainTo((text) => output.write(text), output.writeBytes && ((bytes) => output.writeBytes!(bytes)));
        output.write('\n  ],\n');
      }
      output.write(`${field('errors', errors)}\n}\n`);
    },
  };
}
