// `copro assess <paths...>`: read → validate → score → classify → render → write.
import { assessProject } from '../core/assess.js';
import { didYouMean, listWords } from '../core/did-you-mean.js';
import { buildReport, type Report, type ReportResult } from '../core/report.js';
import { shortfalls, type Thresholds } from '../core/thresholds.js';
import type { LoadedFramework } from '../core/types.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { UsageError, type InputError } from '../io/input-error.js';
import { loadFramework } from '../io/load-framework.js';
import { loadProjectBytes, loadProjectFile, type ProjectResult } from '../io/load-project.js';
import { readStdin } from '../io/read-stdin.js';
import { renderJson } from '../render/json.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { isReportFormat, MACHINE_FORMATS, REPORT_FORMATS, type ReportFormat } from './formats.js';
import { deliver } from './output.js';
import { notice, printErrors, styleFor, terminalWidth } from './terminal.js';
import { TOOL } from './tool.js';

export interface AssessOptions {
  framework?: string;
  format: string;
  output?: string;
  failUnder?: string;
  minScore?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export const STDIN_NAME = '<stdin>';

function checkFormat(format: string): ReportFormat {
  if (isReportFormat(format)) return format;
  throw new UsageError(`unknown format "${format}"${didYouMean(format, REPORT_FORMATS)}: use ${listWords(REPORT_FORMATS)}`);
}

function parseThresholds(framework: LoadedFramework, options: AssessOptions): Thresholds {
  const thresholds: Thresholds = {};
  if (options.failUnder !== undefined) {
    const ids = framework.classes.map((c) => c.id);
    if (!ids.includes(options.failUnder)) {
      throw new UsageError(`--fail-under "${options.failUnder}" is not a class${didYouMean(options.failUnder, ids)}: use ${listWords(ids)}`);
    }
    thresholds.failUnder = options.failUnder;
  }
  if (options.minScore !== undefined) {
    const value = Number(options.minScore);
    if (options.minScore.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      throw new UsageError(`--min-score takes a number from 0 to 100, not "${options.minScore}"`);
    }
    thresholds.minScore = value;
  }
  return thresholds;
}

async function loadOne(framework: LoadedFramework, file: string): Promise<ProjectResult> {
  if (file === STDIN) return loadProjectBytes(framework, STDIN_NAME, await readStdin());
  return loadProjectFile(framework, file);
}

export async function scoreFiles(framework: LoadedFramework, paths: string[]): Promise<Report> {
  const found = await findProjects(paths);
  const results: ReportResult[] = [];
  const errors: InputError[] = [...found.errors];
  for (const file of found.files) {
    const loaded = await loadOne(framework, file);
    if (loaded.ok) results.push({ file: loaded.file, ...assessProject(framework, loaded.project) });
    else errors.push(...loaded.errors);
  }
  return buildReport(TOOL, framework, results, errors);
}

async function render(report: Report, format: ReportFormat, options: AssessOptions): Promise<string> {
  if (format === 'json') return renderJson(report);
  const { renderTable } = await import('../render/table.js');
  const style = await styleFor({ colorFlag: options.color, machineFormat: MACHINE_FORMATS.has(format) });
  return renderTable(report, { style, width: terminalWidth(), verbose: Boolean(options.verbose) });
}

export async function runAssess(paths: string[], options: AssessOptions): Promise<ExitCode> {
  const format = checkFormat(options.format);
  const loaded = await loadFramework(options.framework);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  const framework = loaded.framework;
  const thresholds = parseThresholds(framework, options);
  const report = await scoreFiles(framework, paths);
  const writeError = await deliver(await render(report, format, options), options.output);
  const errors = writeError ? [...report.errors, writeError] : report.errors;
  printErrors(errors);
  const below = shortfalls(framework, thresholds, report.results);
  for (const s of below) notice(`${s.file}: ${s.message}`, options.quiet);
  if (report.summary.invalid > 0) {
    notice(`${report.summary.invalid} of ${report.summary.total} could not be scored; the others were.`, options.quiet || report.summary.total === 1);
  }
  if (options.output && !writeError) notice(`report written to ${options.output}`, options.quiet || !options.verbose);
  return exitCodeFor({ errors: errors.length, shortfalls: below.length });
}
