// The reports of a run opened as sinks, each writing to its own output. Renderers that the run
// does not use are never loaded.
import { isAbsolute, relative } from 'node:path';
import type { InputError } from '../core/model/input-error.js';
import type { Report } from '../core/model/report.js';
import { Spool } from '../io/spool.js';
import { closeAll, type TextOutput } from '../io/text-output.js';
import { fanOut, type ReportHeader, type ReportSink } from '../render/sink.js';
import { FORMATS, type ReportFormat } from '../render/formats.js';
import { openOutput } from './output.js';
import type { ReportTarget } from './report-targets.js';
import { styleFor, textWidth } from './terminal.js';

export interface SinkOptions {
  color: boolean;
  verbose?: boolean;
  /** CSV only: begin with a byte order mark, for Excel. */
  bom?: boolean;
}

/**
 * A path for a person to read: one inside the current folder relative to it (a report shared or
 * printed does not show /home/name/…), any other as given. JSON and CSV keep paths as given, for scripts.
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(cwd, file);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

function withDisplayPaths(sink: ReportSink): ReportSink {
  return {
    result: (result) => sink.result({ ...result, file: displayPath(result.file) }),
    end: (summary, errors) =>
      sink.end(
        summary,
        errors.map((error) => ({ ...error, file: displayPath(error.file) })),
      ),
  };
}

/** The sink for one report: the format's own (from render/formats.ts), given io's output and spools. */
async function createSink(
  format: ReportFormat,
  header: ReportHeader,
  output: TextOutput,
  options: SinkOptions,
): Promise<ReportSink> {
  const sink = await FORMATS[format].openSink(header, {
    output,
    newSpool: () => new Spool(),
    style: () => styleFor(options.color && output.isStdout),
    width: () => textWidth(output.isStdout),
    verbose: Boolean(options.verbose),
    bom: Boolean(options.bom),
  });
  // Reports for people show paths relative to here; JSON and CSV keep them as given, for scripts.
  return format === 'json' || format === 'csv' ? sink : withDisplayPaths(sink);
}

export interface OpenReports extends ReportSink {
  /** The files the reports are written to (made final when the run ends). */
  files: string[];
}

/**
 * Every report of the run as one sink: each result goes to all. The end writes every report, then
 * puts them all in place together: if one cannot be written, none replaces its previous file.
 */
export async function openReports(
  targets: readonly ReportTarget[],
  header: ReportHeader,
  options: SinkOptions,
): Promise<OpenReports> {
  const outputs = targets.map((target) => openOutput(target.file));
  const sinks = await Promise.all(targets.map((target, i) => createSink(target.format, header, outputs[i]!, options)));
  const all = fanOut(sinks);
  return {
    files: targets.flatMap((target) => (target.file === undefined ? [] : [target.file])),
    result: (result) => all.result(result),
    ...(all.jsonResult ? { jsonResult: (text: string | Uint8Array) => all.jsonResult!(text) } : {}),
    end(summary: Report['summary'], errors: InputError[]) {
      all.end(summary, errors); // on failure, main() gives up every open output
      closeAll(outputs);
    },
  };
}
