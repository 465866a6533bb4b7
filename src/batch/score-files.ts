// read → validate → score → classify for each project file, handing each result on as soon as it
// is ready, in file order. Bad files become errors and the batch goes on. A large batch can be
// shared with worker threads (score-parallel.ts); the results and errors come out the same.
import type { InputError } from '../core/model/input-error.js';
import { assessProject } from '../core/assess/assess.js';
import { buildReport, digestOf, type Report, type ReportResult, type ResultDigest } from '../core/model/report.js';
import type { LoadedFramework } from '../core/model/types.js';
import { findProjects, STDIN, type FoundProjects } from '../io/find-projects.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../io/limits.js';
import { loadProjectInput } from '../io/load-project.js';
import { withPlace } from '../io/load-places.js';
import type { Outcome, RenderResult } from './outcome.js';
import type { HubPart, HubRenderSetup } from '../render/hub/rendered.js';
import { eventLoopTurn } from '../io/event-loop.js';
import { defaultJobs, rendererFor, scoreInParallel } from './score-parallel.js';
import { TOOL } from '../io/tool.js';

export interface ScoreOptions {
  limits?: ReadLimits;
  /** Threads to score the files with (this one and jobs - 1 workers). Default: one per core for a large batch. */
  jobs?: number;
  /** The files the paths lead to, when the caller has already looked (to check its outputs against them). */
  found?: FoundProjects;
  /** Told of what a person should know about a file that is not an error (a value a " #" cut short). */
  onNote?: (note: InputError) => void;
  /**
   * Results as JSON report text, made by the thread that scored them, with a digest of each; the
   * `onResult` callback then gets nothing. For a run whose only reports are JSON.
   */
  onJsonResult?: (text: string | Uint8Array, digest: ResultDigest) => void;
  /**
   * Each project's share of a hub, rendered by the thread that scored it (render/hub/rendered.ts);
   * `onHubResult` then gets it, and `onResult` nothing.
   */
  renderHub?: HubRenderSetup;
  onHubResult?: (text: Uint8Array, digest: ResultDigest, part: HubPart) => void;
}

export async function scoreOne(
  framework: LoadedFramework,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  render?: RenderResult,
): Promise<Outcome> {
  const loaded = await loadProjectInput(framework, file, limits);
  if (!loaded.ok) return { errors: loaded.errors };
  // The place is read for the report only: a file written again keeps what its author wrote.
  const result = { file: loaded.file, ...assessProject(framework, withPlace(loaded.project)) };
  const notes = loaded.notes.length > 0 ? { notes: loaded.notes } : {};
  if (!render) return { result, ...notes };
  const made = render(result);
  const { text, part } =
    typeof made === 'string' || made instanceof Uint8Array ? { text: made, part: undefined } : made;
  return { rendered: text, digest: digestOf(result), ...(part !== undefined && { part }), ...notes };
}

const encoder = new TextEncoder();
const bytesOf = (text: string | Uint8Array) => (typeof text === 'string' ? encoder.encode(text) : text);

/** Files are read synchronously; every so often the event loop gets a turn, so Ctrl-C still works. */
const FILES_PER_TURN = 64;

/** Scores every project the paths lead to, in order; returns the errors (path and file problems). */
export async function scoreEach(
  framework: LoadedFramework,
  paths: string[],
  onResult: (result: ReportResult) => void,
  {
    limits = DEFAULT_LIMITS,
    jobs,
    onNote,
    onJsonResult,
    renderHub,
    onHubResult,
    found = findProjects(paths),
  }: ScoreOptions = {},
): Promise<InputError[]> {
  const errors: InputError[] = [...found.errors];
  const take = (outcome: Outcome) => {
    if ('errors' in outcome) return void errors.push(...outcome.errors);
    for (const note of outcome.notes ?? []) onNote?.(note);
    if ('result' in outcome) onResult(outcome.result);
    else if (outcome.part !== undefined)
      onHubResult!(bytesOf(outcome.rendered), outcome.digest, outcome.part as HubPart);
    else onJsonResult!(outcome.rendered, outcome.digest);
  };
  const setup = { framework, limits, renderJson: onJsonResult !== undefined, ...(onHubResult && { renderHub }) };
  const threads = found.files.includes(STDIN) ? 1 : (jobs ?? defaultJobs(found.files.length));
  if (threads > 1 && found.files.length > 1) {
    await scoreInParallel(setup, found.files, threads, scoreOne, take);
    return errors;
  }
  const render = await rendererFor(setup);
  for (const [index, file] of found.files.entries()) {
    if (index > 0 && index % FILES_PER_TURN === 0) await eventLoopTurn();
    take(await scoreOne(framework, file, limits, render));
  }
  return errors;
}

/** The whole report in memory: the plain path (one thread), for tests and small uses. */
export async function scoreFiles(
  framework: LoadedFramework,
  paths: string[],
  options: ScoreOptions = {},
): Promise<Report> {
  const results: ReportResult[] = [];
  const errors = await scoreEach(framework, paths, (result) => results.push(result), { jobs: 1, ...options });
  return buildReport(TOOL, framework, results, errors);
}
