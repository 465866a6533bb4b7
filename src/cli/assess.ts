// `copro assess <paths...>`: read → validate → score → classify → render → write, one project
// at a time, so a batch of any size streams through.
import type { InputError } from '../core/model/input-error.js';
import { didYouMean, listWords } from '../core/shared/did-you-mean.js';
import { SummaryCounter, digestOf, type ResultDigest } from '../core/model/report.js';
import {
  countedShortfalls,
  shortfalls,
  type Checked,
  type Shortfall,
  type Thresholds,
} from '../core/assess/thresholds.js';
import type { LoadedFramework } from '../core/model/types.js';
import { visibleErrors } from '../core/model/input-error.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { limitsFromEnv } from '../io/limits.js';
import { refuseOutputsOverInputs, refuseOverBaseline } from '../io/output-clash.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { reportHeader } from '../render/sink.js';
import { reportTargets } from './report-targets.js';
import { scoreEach } from '../batch/score-files.js';
import { MAX_JOBS } from '../batch/score-parallel.js';
import { openReports } from './sinks.js';
import { openBaseline } from './assess-baseline.js';
import { notice, printErrors } from './terminal.js';
import { TOOL } from '../io/tool.js';

export interface AssessOptions {
  framework?: string;
  /** Absent when not given: then the -o file's extension decides, or the table. */
  format?: string;
  output?: string;
  /** More reports in the same run: `<format>[=<file>]`, each to its file or standard output. */
  report?: string[];
  failUnder?: string;
  minScore?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: string;
  /** An earlier JSON report: each result gets its change since then. */
  baseline?: string;
  failOnRegression?: boolean;
  bom?: boolean;
  /** Follow symbolic links out of the folders searched. */
  followLinks?: boolean;
}

function parseThresholds(framework: LoadedFramework, options: AssessOptions): Thresholds {
  const thresholds: Thresholds = {};
  if (options.failUnder !== undefined) {
    const ids = framework.classes.map((c) => c.id);
    if (!ids.includes(options.failUnder)) {
      throw new UsageError(
        `--fail-under "${options.failUnder}" is not a class: use ${listWords(ids)}${didYouMean(options.failUnder, ids)}`,
      );
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

function parseJobs(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  const value = Number(jobs);
  if (!/^\s*\d+\s*$/.test(jobs) || value < 1 || value > MAX_JOBS) {
    throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${jobs}"`);
  }
  return value;
}

export async function runAssess(paths: string[], options: AssessOptions): Promise<ExitCode> {
  const targets = reportTargets(options);
  if (options.bom && !targets.some((t) => t.format === 'csv')) {
    throw new UsageError(
      '--bom is for CSV reports, and this run writes none: add --format csv, -o report.csv or --report csv=report.csv',
    );
  }
  const limits = limitsFromEnv();
  const jobs = parseJobs(options.jobs);
  // Before anything is read: no report may replace an input, or land where the search would read it.
  const outputs = targets.map((target) => target.file);
  const found = findProjects(paths, { followLinks: options.followLinks });
  const named = found.files.filter((file) => file !== STDIN);
  // The baseline is not among them: a JSON report may replace it (a rolling baseline, output-clash.ts).
  const others = options.framework ? [options.framework] : [];
  refuseOutputsOverInputs(outputs, { files: [...named, ...others], folders: found.folders });
  if (options.baseline) refuseOverBaseline(targets, options.baseline);
  const loaded = await loadFrameworkCached(options.framework, limits);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs(outputs, { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const thresholds = parseThresholds(framework, options);
  const baseline = await openBaseline(framework, options);

  const sink = await openReports(targets, reportHeader(TOOL, framework), options);
  const counter = new SummaryCounter(framework);
  const below: Shortfall[] = [];
  const checked: Checked[] = [];
  // A run whose reports are all JSON, with no baseline to add to each result, takes each result
  // as report text made by the thread that scored it: no scorecard is decoded and rendered again.
  const asText = sink.jsonResult && !baseline;
  const errors: InputError[] = await scoreEach(
    framework,
    paths,
    (scored) => {
      const result = baseline ? baseline.apply(scored) : scored;
      counter.add(result);
      checked.push({ digest: digestOf(result), shortfalls: shortfalls(framework, thresholds, [result]) });
      below.push(...(baseline?.regressions(result) ?? []));
      sink.result(result);
    },
    {
      limits,
      jobs,
      found,
      onNote: (note) => printErrors([note]),
      ...(asText && {
        onJsonResult: (text: string | Uint8Array, digest: ResultDigest) => {
          counter.addDigest(digest);
          checked.push({ digest, shortfalls: shortfalls(framework, thresholds, [digest]) });
          sink.jsonResult!(text);
        },
      }),
    },
  );
  below.push(...countedShortfalls(framework, checked));
  const summary = counter.summary(errors);
  const shown = visibleErrors(errors, options.verbose);
  sink.end(summary, shown);

  printErrors(shown);
  baseline?.end();
  for (const s of below) notice(`${s.file}: ${s.message}`, options.quiet);
  if (summary.invalid > 0 && summary.total > 1) {
    const rest = summary.scored > 0 ? '; the others were.' : '.';
    notice(`${summary.invalid} of ${summary.total} could not be scored${rest}`, options.quiet);
  }
  for (const file of sink.files) notice(`report written to ${file}`, options.quiet || !options.verbose);
  return exitCodeFor({ errors: errors.length, shortfalls: below.length });
}
