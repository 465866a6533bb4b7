// `copro compare <paths...>`: read → validate → score each assessment, then compare the
// assessments of each project (grouped by `id`) side by side and over time → render → write.
// A file that cannot be read is reported and left out; the others are still compared.
import { buildComparison } from '../core/compare.js';
import type { ReportResult } from '../core/report.js';
import { UsageError } from '../io/input-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import type { ComparisonReport } from '../core/comparison.js';
import { reportHeader, type ReportHeader } from '../render/sink.js';
import type { TableOptions } from '../render/table-parts.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';
import { checkFormat, formatForFile } from './report-targets.js';
import { scoreEach } from './score-files.js';
import { notice, printErrors, styleFor, textWidth } from './terminal.js';
import { TOOL } from './tool.js';

export const COMPARE_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareOptions {
  framework?: string;
  format?: string;
  output?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

function formatOf(options: CompareOptions): CompareFormat {
  const fromFile = options.output ? formatForFile(options.output) : undefined;
  const wanted = options.format ?? (fromFile && (COMPARE_FORMATS as readonly string[]).includes(fromFile) ? fromFile : 'table');
  return checkFormat(wanted, COMPARE_FORMATS);
}

/** Only the renderer the run asks for is loaded. */
async function render(format: CompareFormat, report: ComparisonReport, header: ReportHeader, options: TableOptions): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'table':
      return (await import('../render/compare-table.js')).renderComparisonTable(report, header.outline.classes, options);
    case 'markdown':
      return (await import('../render/compare-markdown.js')).renderComparisonMarkdown(report, header);
    case 'html':
      return (await import('../render/compare-html.js')).renderComparisonHtml(report, header);
  }
}

export async function runCompare(paths: string[], options: CompareOptions): Promise<ExitCode> {
  const format = formatOf(options);
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  const framework = loaded.framework;
  const cards: ReportResult[] = [];
  const errors = await scoreEach(framework, paths, (result) => cards.push(result), { limits: limitsFromEnv(), jobs: 1 });
  const report = buildComparison(TOOL, framework, cards, errors);
  const toStdout = !options.output;
  const style = await styleFor(options.color && toStdout && format === 'table');
  const content = await render(format, report, reportHeader(TOOL, framework), { style, width: textWidth(toStdout), verbose: Boolean(options.verbose) });
  const output = openOutput(options.output);
  output.write(content);
  output.close();
  printErrors(errors);
  if (report.summary.invalid > 0 && report.summary.total > 1) {
    notice(`${report.summary.invalid} of ${report.summary.total} could not be read and are left out of the comparison.`, options.quiet);
  }
  if (options.output) notice(`comparison written to ${options.output}`, options.quiet || !options.verbose);
  return exitCodeFor({ errors: errors.length, shortfalls: 0 });
}
