// read → validate: a project file (or stdin) to a checked Project, or located errors.
import type { Problem } from '../core/problem.js';
import { checkProject, type RawProject } from '../core/project-rules.js';
import type { Framework, Project } from '../core/types.js';
import { capErrors, type InputError } from './input-error.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { readYamlFile, readYamlText, type ReadResult, type YamlSource } from './read-yaml.js';
import { kindOf, schemaProblems } from './schema-messages.js';
import { schemaErrors } from './schema-validators.js';

export type ProjectResult = { ok: true; file: string; project: Project } | { ok: false; file: string; errors: InputError[] };

export function toInputErrors(source: YamlSource, problems: Problem[]): InputError[] {
  return capErrors(
    problems.map((p) => source.errorAt(p.path, p.message, p.at)).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
  );
}

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
  return read.ok ? projectFromSource(framework, read.source) : { ok: false, file, errors: capErrors(read.errors) };
}

export async function loadProjectFile(framework: Framework, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ProjectResult> {
  return fromRead(framework, file, await readYamlFile(file, limits));
}

export function loadProjectBytes(framework: Framework, file: string, bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): ProjectResult {
  return fromRead(framework, file, readYamlText(file, bytes, limits));
}
