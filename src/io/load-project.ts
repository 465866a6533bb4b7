// read → validate: a project file (or stdin) to a checked Project, or located errors.
import { checkProject, type RawProject } from '../core/project/project-rules.js';
import type { Framework, Project } from '../core/model/types.js';
import { capErrors, type InputError } from '../core/model/input-error.js';
import { STDIN } from './find-projects.js';
import { eventLoopTurn, LARGE_INPUT_BYTES } from './event-loop.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { readStdin, stdinProblem } from './read-stdin.js';
import { readYamlFile, readYamlText, toInputErrors, type ReadResult, type YamlSource } from './read-yaml.js';
import { kindOf, schemaProblems } from './schema-messages.js';
import { schemaErrors } from './schema-validators.js';
import { checkProjectData } from './project-check.js';

export type ProjectResult =
  { ok: true; file: string; project: Project; notes: InputError[] } | { ok: false; file: string; errors: InputError[] };

function byPlace(errors: InputError[]): InputError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Sorted by place, and at most MAX_ERRORS_PER_FILE of them (a file that is no project says enough to be recognised, never all of itself). */
function shownErrors(errors: InputError[]): InputError[] {
  return capErrors(byPlace(errors));
}

/** A project file has at least one of these; a YAML file with none is some other kind of file. */
const PROJECT_KEYS = ['name', 'stages', 'answers'];

/** One line for a stray YAML file in a folder (a CI workflow, a config), its differences as details for --verbose. */
function notAProject(framework: Framework, source: YamlSource): ProjectResult {
  const message = 'not a copro project file: it has none of "name", "stages" and "answers" (-v lists every difference)';
  const raw = source.data as RawProject;
  const details = toInputErrors(
    source,
    checkProject(framework, raw, schemaProblems(schemaErrors('project', raw))).problems,
  );
  return {
    ok: false,
    file: source.file,
    errors: [source.errorAt([], message), ...capErrors(details).map((error) => ({ ...error, detail: true as const }))],
  };
}

function projectFromSource(framework: Framework, source: YamlSource): ProjectResult {
  const { file, data } = source;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    // "name:<non-breaking space>x" is one piece of text to YAML, not a key and a value.
    const message =
      typeof data === 'string' && data.includes('\u00A0')
        ? 'a non-breaking space (often pasted from a word processor) is not a space to YAML: after "key:" type an ordinary space'
        : `expected a map of keys such as "name:", "stages:" and "answers:", but the file holds ${kindOf(data)}`;
    return { ok: false, file, errors: [source.errorAt([], message)] };
  }
  if (!PROJECT_KEYS.some((key) => Object.hasOwn(data, key))) return notAProject(framework, source);
  const { project, problems } = checkProjectData(framework, data as Record<string, unknown>);
  if (!project || source.problems.length > 0)
    return { ok: false, file, errors: shownErrors([...source.problems, ...toInputErrors(source, problems)]) };
  return { ok: true, file, project, notes: source.notes };
}

function fromRead(framework: Framework, file: string, read: ReadResult): ProjectResult {
  return read.ok ? projectFromSource(framework, read.source) : { ok: false, file, errors: capErrors(read.errors) };
}

export async function loadProjectFile(
  framework: Framework,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ProjectResult> {
  const read = await readYamlFile(file, limits);
  // Between parsing a large file and checking it, a signal that came in is acted on.
  if (read.ok && (read.source.size ?? 0) > LARGE_INPUT_BYTES) await eventLoopTurn();
  return fromRead(framework, file, read);
}

export function loadProjectBytes(
  framework: Framework,
  file: string,
  bytes: Buffer,
  limits: ReadLimits = DEFAULT_LIMITS,
): ProjectResult {
  return fromRead(framework, file, readYamlText(file, bytes, limits));
}

/** The name standard input goes by in messages and reports. */
const STDIN_NAME = '<stdin>';

/** One project file, or standard input for "-", read and checked against the framework. */
export async function loadProjectInput(
  framework: Framework,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ProjectResult> {
  if (file === STDIN) {
    const problem = stdinProblem();
    if (problem) return { ok: false, file: STDIN_NAME, errors: [{ file: STDIN_NAME, message: problem }] };
    return loadProjectBytes(framework, STDIN_NAME, await readStdin(limits.maxFileBytes), limits);
  }
  return loadProjectFile(framework, file, limits);
}
