// read → validate: a project file (or stdin) to a checked Project, or located errors.
import { checkProject, type RawProject } from '../core/project-rules.js';
import type { Framework, Project } from '../core/types.js';
import type { InputError } from '../core/input-error.js';
import { STDIN } from './find-projects.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { readStdin } from './read-stdin.js';
import { readYamlFile, readYamlText, toInputErrors, type ReadResult, type YamlSource } from './read-yaml.js';
import { kindOf, schemaProblems } from './schema-messages.js';
import { schemaErrors } from './schema-validators.js';

export type ProjectResult = { ok: true; file: string; project: Project } | { ok: false; file: string; errors: InputError[] };

export function projectFromSource(framework: Framework, source: YamlSource): ProjectResult {
  const { file, data } = source;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const message = `expected a map of keys such as "name:", "stages:" and "answers:", but the file holds ${kindOf(data)}`;
    return { ok: false, file, errors: [source.errorAt([], message)] };
  }
  const shape = schemaProblems(schemaErrors('project', data));
  const { project, problems } = checkProject(framework, data as RawProject, shape);
  if (!project) return { ok: false, file, errors: toInputErrors(source, problems) };
  return { ok: true, file, project };
}

function fromRead(framework: Framework, file: string, read: ReadResult): ProjectResult {
  return read.ok ? projectFromSource(framework, read.source) : { ok: false, file, errors: read.errors };
}

export async function loadProjectFile(framework: Framework, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ProjectResult> {
  return fromRead(framework, file, await readYamlFile(file, limits));
}

export function loadProjectBytes(framework: Framework, file: string, bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): ProjectResult {
  return fromRead(framework, file, readYamlText(file, bytes, limits));
}

/** The name standard input goes by in messages and reports. */
export const STDIN_NAME = '<stdin>';

/** One project file, or standard input for "-", read and checked against the framework. */
export async function loadProjectInput(framework: Framework, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ProjectResult> {
  if (file === STDIN) return loadProjectBytes(framework, STDIN_NAME, await readStdin(limits.maxFileBytes), limits);
  return loadProjectFile(framework, file, limits);
}
