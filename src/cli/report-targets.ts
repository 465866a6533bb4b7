// Where each report of a run goes. `--format`/`-o` name the main report (a table on standard
// output unless told otherwise); each `--report <format>[=<file>]` adds one more. At most one of
// them may go to standard output, and no two to the same file.
import { extname } from 'node:path';
import { didYouMean, listWords } from '../core/shared/did-you-mean.js';
import { UsageError } from '../io/usage-error.js';
import { fileExtension, formatForFile, REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { namesStdout, realPathOf } from '../io/real-path.js';

export interface ReportTarget {
  format: ReportFormat;
  /** The file to write; none for standard output. */
  file?: string;
}

/**
 * `format` if it is one of `allowed` (every report format unless told); else a usage error with a
 * suggestion, naming the command when its formats are its own (validate's text and json).
 */
export function checkFormat<F extends string = ReportFormat>(
  format: string,
  allowed: readonly F[] = REPORT_FORMATS as readonly string[] as readonly F[],
  command?: string,
): F {
  if ((allowed as readonly string[]).includes(format)) return format as F;
  const forCommand = command ? ` for ${command}` : '';
  throw new UsageError(
    `unknown format "${format}"${forCommand}: use ${listWords(allowed)}${didYouMean(format, allowed)}`,
  );
}

/** `html=report.html` → html to report.html; `csv` → csv to standard output. */
export function parseReportSpec(spec: string): ReportTarget {
  const equals = spec.indexOf('=');
  const format = equals < 0 ? spec : spec.slice(0, equals);
  const file = equals < 0 ? undefined : spec.slice(equals + 1);
  if (format === '')
    throw new UsageError(
      `--report "${spec}" names no format: write it as <format>=<file>, e.g. --report html=report.html`,
    );
  if (file === '')
    throw new UsageError(
      `--report "${spec}" names no file: write it as ${format}=<file>, or leave out "=" to print it`,
    );
  // /dev/stdout is standard output by another name: written there, never replaced by a file.
  return file === undefined || namesStdout(file)
    ? { format: checkFormat(format) }
    : { format: checkFormat(format), file };
}

/**
 * A file whose extension names a format copro does not write (report.pdf, .docx, .xlsx) is refused
 * unless --format says what to write into it: a table in a .pdf is never what anyone wants.
 */
export function refuseUnknownExtension(file: string, allowed: readonly ReportFormat[]): void {
  const extension = extname(file).slice(1);
  if (extension === '' || formatForFile(file) !== undefined) return;
  const extensions = listWords(allowed.map((format) => `.${fileExtension(format)}`));
  throw new UsageError(
    `cannot write a .${extension} file (${file}): name it ${extensions}, or give --format to write one of those formats into it anyway`,
  );
}

export function reportTargets(options: { format?: string; output?: string; report?: string[] }): ReportTarget[] {
  if (options.output && options.format === undefined) refuseUnknownExtension(options.output, REPORT_FORMATS);
  // `-o report.json` alone means JSON: a table in a .json file is never what anyone wants.
  const format = checkFormat(options.format ?? (options.output ? formatForFile(options.output) : undefined) ?? 'table');
  const main: ReportTarget =
    options.output && !namesStdout(options.output) ? { format, file: options.output } : { format };
  const targets = [main, ...(options.report ?? []).map(parseReportSpec)];
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    const second = toStdout[1]!.format;
    throw new UsageError(
      `only one report can go to standard output, but ${toStdout.map((t) => t.format).join(' and ')} would: give the others a file, e.g. --report ${second}=report.${fileExtension(second)} (or -o <file> for --format)`,
    );
  }
  // Compared by real path: ./a.json, a.json and alias/a.json (through a linked folder) are one file.
  const seen = new Map<string, string>();
  for (const { file } of targets) {
    if (file === undefined) continue;
    const real = realPathOf(file);
    const first = seen.get(real);
    if (first !== undefined)
      throw new UsageError(
        `two reports would be written to ${file}${first === file ? '' : ` (the same file as ${first})`}: give each its own file`,
      );
    seen.set(real, file);
  }
  return targets;
}
