// The JSON report, streamed. The output is byte for byte what JSON.stringify(report, null, 2)
// gives, summary first as the contract shows it: results are spooled (in memory, then in a
// temporary file once large) until the summary is known at the end.
import type { InputError } from '../../core/input-error.js';
import { REPORT_SCHEMA_VERSION, type Report, type ReportResult } from '../../core/report.js';
import type { TextOutput } from '../../io/text-output.js';
import { Spool } from '../../io/spool.js';
import type { ReportHeader, ReportSink } from '../sink.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A value as it appears at `depth` levels of nesting in a 2-space pretty-printed document. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * A value as an item of a list two levels deep, indented as JSON.stringify(report, null, 2) puts
 * each result: wrapped in two lists, JSON.stringify indents it in one native pass, where
 * re-indenting its lines afterwards (`nested`) costs a third more for every result.
 */
function resultItem(value: unknown): string {
  const text = JSON.stringify([[value]], null, 2);
  return text.slice('[\n  [\n'.length, -'\n  ]\n]'.length);
}

function field(key: string, value: unknown): string {
  return `  ${JSON.stringify(key)}: ${nested(value, 1)}`;
}

export function jsonSink(header: ReportHeader, output: TextOutput, spoolMemoryLimit?: number): ReportSink {
  const spool = new Spool(spoolMemoryLimit);
  let count = 0;
  return {
    result(result: ReportResult) {
      spool.append(`${count === 0 ? '' : ',\n'}${resultItem(result)}`);
      count++;
    },
    end(summary: Report['summary'], errors: InputError[]) {
      output.write(
        `{\n${field('schemaVersion', REPORT_SCHEMA_VERSION)},\n${field('tool', header.tool)},\n${field('framework', header.framework)},\n${field('summary', summary)},\n`,
      );
      if (count === 0) output.write('  "results": [],\n');
      else {
        output.write('  "results": [\n');
        spool.drainTo(
          (text) => output.write(text),
          output.writeBytes && ((bytes) => output.writeBytes!(bytes)),
        );
        output.write('\n  ],\n');
      }
      output.write(`${field('errors', errors)}\n}\n`);
    },
  };
}
