// One check of a project's data, the same for `copro validate` (and every command that reads a
// project file) and for the self-assessment page, which bundles this module: the framework's
// spelling of levels and answers, the published project schema (ajv's validator, generated at build
// time from schemas/project.schema.json), then the framework's own rules. So a file the page lets
// someone download is a file the CLI accepts, and a file the CLI refuses the page refuses too.
// Pure: data in, problems out (the files are read elsewhere).
import type { Problem } from '../core/model/problem.js';
import { checkProject, type RawProject } from '../core/project/project-rules.js';
import { withCanonicalValues } from '../core/project/project-values.js';
import type { Framework, Project } from '../core/model/types.js';
import { schemaProblems } from './schema-messages.js';
import { schemaErrors } from './schema-validators.js';

export function checkProjectData(
  framework: Framework,
  data: Record<string, unknown>,
): { project?: Project; problems: Problem[] } {
  const raw = withCanonicalValues(framework, data);
  const shape = schemaProblems(schemaErrors('project', raw));
  return checkProject(framework, raw as unknown as RawProject, shape);
}
