// `copro compare <paths...>`: read → validate → score each assessment, then compare the
// assessments of each project (grouped by `id`) side by side and over time → render → write.
// A file that cannot be read is reported and left out; the others are still compared.
import { buildComparison } from '../core/compare/compare.js';
import type { ComparisonReport } from '../core/model/comparison.js';
import { visibleErrors } from '../core/model/input-error.js';
import type { ReportResult } from '../core/model/report.js';
import { scoreEach } from '../batch/score-files.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { limitsFromEnv } from '../io/limits.js';
import { refuseOutputsOverInputs } from '../io/output-clash.js';
import { namesStdout } from '../io/real-path.js';
import { TOOL } from '../io/tool.js';
import { UsageError } from '../io/usage-error.js';
import { formatForFile } from '../render/formats.js';
import { reportHeader, type ReportHeader } from '../render/sink.js';
import type { TableOptions } from '../render/table/parts.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';
import { checkFormat, refuseUnknownExtension } from './report-targets.js';
import { displayPath } from './sinks.js';
import { notice, printErrors, styleFor, textWidth } from './terminal.js';

export const COMPARE_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareOptions {
  framework?: string;
  format?: string;
  output?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  /** Follow symbolic links out of the folders searched. */
  followLinks?: boolean;
}

function formatOf(options: CompareOptions): CompareFormat {
  if (options.output && options.format === undefined) refuseUnknownExtension(options.output, COMPARE_FORMATS);
  const fromFile = options.output ? formatForFile(options.output) : undefined;
  const wanted =
    options.format ?? (fromFile && (COMPARE_FORMATS as readonly string[]).includes(fromFile) ? fromFile : 'table');
  return checkFormat(wanted, COMPARE_FORMATS, 'compare');
}

/** Only the renderer the run asks for is loaded. */
async function render(
  format: CompareFormat,
  report: ComparisonReport,
  header: ReportHeader,
  options: TableOptions,
): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'table':
      return (await import('../render/compare/table.js')).renderComparisonTable(
        report,
        header.outline.classes,
        options,
      );
    case 'markdown':
      return (await import('../render/compare/markdown.js')).renderComparisonMarkdown(report, header);
    case 'html':
      return (await import('../render/compare/html.js')).renderComparisonHtml(report, header);
  }
}

export async function runCompare(paths: string[], options: CompareOptions): Promise<ExitCode> {
  const format = formatOf(options);
  const file = options.output && !namesStdout(options.output) ? options.output : undefined;
  const limits = limitsFromEnv();
  // Before anything is read, as for assess: the comparison may not replace an input, or land where the search would read it.
  const found = findProjects(paths, { followLinks: options.followLinks });
  const named = found.files.filter((path) => path !== STDIN);
  refuseOutputsOverInputs([file], {
    files: options.framework ? [...named, options.framework] : named,
    folders: found.folders,
  });
  const loaded = await loadFrameworkCached(options.framework, limits);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs([file], { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const cards: ReportResult[] = [];
  // As assess's reports do: paths for people relative to here, JSON's as given, for scripts.
  const shownPath = format === 'json' ? (path: string) => path : displayPath;
  const errors = await scoreEach(
    framework,
    paths,
    (result) => cards.push({ ...result, file: shownPath(result.file) }),
    { limits, jobs: 1, found, onNote: (note) => printErrors([note]) },
  );
  const shown = visibleErrors(errors, options.verbose);
  const report = buildComparison(
    TOOL,
    framework,
    cards,
    shown.map((error) => ({ ...error, file: shownPath(error.file) })),
  );
  const toStdout = !file;
  const style = await styleFor(options.color && toStdout && format === 'table');
  const content = await render(format, report, reportHeader(TOOL, framework), {
    style,
    width: textWidth(toStdout),
    verbose: Boolean(options.verbose),
  });
  const output = openOutput(file);
  output.write(content);
  output.close();
  printErrors(shown);
  if (report.summary.invalid > 0 && report.summary.total > 1) {
    notice(
      `${report.summary.invalid} of ${report.summary.total} could not be read and are left out of the comparison.`,
      options.quiet,
    );
  }
  if (file) notice(`comparison written to ${file}`, options.quiet || !options.verbose);
  return exitCodeFor({ errors: errors.length, shortfalls: 0 });
}
