// read → validate → score → classify for each project file, handing each result on as soon as it
// is ready. Bad files become errors and the batch goes on.
import { assessProject } from '../core/assess.js';
import { buildReport, type Report, type ReportError, type ReportResult } from '../core/report.js';
import type { LoadedFramework } from '../core/types.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../io/limits.js';
import { loadProjectBytes, loadProjectFile, type ProjectResult } from '../io/load-project.js';
import { readStdin } from '../io/read-stdin.js';
import { TOOL } from './tool.js';

export const STDIN_NAME = '<stdin>';

/** One project file, or standard input for "-", read and checked against the framework. */
export async function loadProjectInput(framework: LoadedFramework, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ProjectResult> {
  if (file === STDIN) return loadProjectBytes(framework, STDIN_NAME, await readStdin(limits.maxFileBytes), limits);
  return loadProjectFile(framework, file, limits);
}

/** Scores every project the paths lead to, in order; returns the errors (path and file problems). */
export async function scoreEach(
  framework: LoadedFramework,
  paths: string[],
  onResult: (result: ReportResult) => void,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ReportError[]> {
  const found = await findProjects(paths);
  const errors: ReportError[] = [...found.errors];
  for (const file of found.files) {
    const loaded = await loadProjectInput(framework, file, limits);
    if (loaded.ok) onResult({ file: loaded.file, ...assessProject(framework, loaded.project) });
    else errors.push(...loaded.errors);
  }
  return errors;
}

/** The whole report in memory: the plain path, for tests and small uses. */
export async function scoreFiles(framework: LoadedFramework, paths: string[]): Promise<Report> {
  const results: ReportResult[] = [];
  const errors = await scoreEach(framework, paths, (result) => results.push(result));
  return buildReport(TOOL, framework, results, errors);
}
