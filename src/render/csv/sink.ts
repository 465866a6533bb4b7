// The CSV format as a sink: the header row, then a row per project as it arrives; the files that
// could not be scored come last, once the run is over.
import type { ReportOutput } from '../output.js';
import type { ReportHeader, ReportSink } from '../sink.js';
import { csvColumns, csvErrorValues, csvLine, csvResultValues, UTF8_BOM } from './render.js';

/** The CSV sink; `line` takes a result's line already rendered (csvLine of csvResultValues) where it was scored. */
export function csvSink(
  header: ReportHeader,
  output: ReportOutput,
  options: { bom?: boolean } = {},
): ReportSink & { line(text: string): void } {
  let started = false;
  const start = () => {
    if (!started) output.write(`${options.bom ? UTF8_BOM : ''}${csvLine(csvColumns(header.outline))}`);
    started = true;
  };
  return {
    result(result) {
      start();
      output.write(csvLine(csvResultValues(result, header.outline)));
    },
    line(text) {
      start();
      output.write(text);
    },
    end(_summary, errors) {
      start();
      for (const values of csvErrorValues(errors, header.outline)) output.write(csvLine(values));
    },
  };
}
