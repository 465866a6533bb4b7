// `copro init [file]`: a questionnaire at a terminal, a template otherwise (or with --yes). The
// file is written in one step and never replaces an existing one unless --force is given.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Framework, Project } from '../core/types.js';
import { UsageError } from '../io/input-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { schemaPath } from '../io/package-paths.js';
import { describeFsError } from '../io/read-yaml.js';
import { schemaProblems } from '../io/schema-messages.js';
import { schemaErrors } from '../io/schema-validators.js';
import { refuseOutputsOverInputs } from '../io/output-clash.js';
import { FileExistsError, nameTaken, writeFileAtomic } from '../io/write-file-atomic.js';
import { renderProjectYaml, templateProject } from '../render/project-yaml.js';
import { runAssess } from './assess.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { askProject, inquirerAsker, type Asker } from './init-questions.js';
import { notice, styleFor } from './terminal.js';

/** What `copro init` writes when given no file (commander's default for [file]). */
export const DEFAULT_PROJECT_FILE = 'project.yaml';

export interface InitOptions {
  framework?: string;
  yes?: boolean;
  force?: boolean;
  color: boolean;
}

function refuseToReplace(file: string): never {
  throw new UsageError(`${file} already exists, and copro init never replaces a file. Give another name (copro init my-project.yaml), or add --force to replace it.`);
}

/** The year as the project schema would judge it, so the questionnaire can ask again at once. */
function checkYear(year: string | number): true | string {
  const problem = schemaProblems(schemaErrors('project', { name: 'check', year }))[0];
  return problem ? 'Write a year such as 2019, or a range such as 2018-2020 (or leave it empty).' : true;
}

function write(file: string, text: string, force: boolean): void {
  try {
    writeFileAtomic(file, text, { replace: force });
  } catch (error) {
    if (error instanceof FileExistsError) refuseToReplace(file);
    throw new UsageError(`${file} could not be written: ${describeFsError(error)}`);
  }
}

function checkFolder(file: string): void {
  const folder = dirname(resolve(file));
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `there is no folder ${folder}` : `${folder}: ${describeFsError(error)}`;
    throw new UsageError(`${file} could not be written: ${why}`);
  }
  if (!isFolder) throw new UsageError(`${file} could not be written: ${folder} is not a folder`);
}

/** True when someone is there to answer: both ends of the conversation are a terminal. */
function atTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

async function interview(framework: Framework, options: InitOptions, ask?: Asker): Promise<Project | undefined> {
  const style = await styleFor(options.color);
  try {
    return await askProject(ask ?? (await inquirerAsker({ color: options.color })), framework, checkYear, style);
  } catch (error) {
    if (isPromptExit(error)) return undefined;
    throw error;
  }
}

async function offerAssessment(file: string, framework: string | undefined, color: boolean, ask?: Asker): Promise<ExitCode> {
  try {
    const asker = ask ?? (await inquirerAsker({ color }));
    if (!(await asker.confirm({ message: `Score ${file} now?`, default: true }))) {
      notice(`Score it any time with \`copro assess ${file}\`.`);
      return EXIT.ok;
    }
  } catch (error) {
    if (isPromptExit(error)) return EXIT.ok;
    throw error;
  }
  process.stdout.write('\n');
  return runAssess([file], { format: 'table', color, ...(framework ? { framework } : {}) });
}

export async function runInit(file: string, options: InitOptions, ask?: Asker): Promise<ExitCode> {
  // Checked before any question, so nobody answers forty questions only to be turned away.
  if (nameTaken(file) && !options.force) refuseToReplace(file);
  checkFolder(file);
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs([file], { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const render = (project: Project) => renderProjectYaml(framework, project, { schemaRef: schemaPath('project'), fileName: file });

  const interactive = !options.yes && (ask !== undefined || atTerminal());
  if (!interactive) {
    write(file, render(templateProject()), Boolean(options.force));
    const why = options.yes ? '' : ' (there is no terminal to ask questions in, so copro wrote a template)';
    notice(`Wrote ${file}${why}: every stage and question is listed, all "unknown", ready to fill in.`);
    notice(`Check it with \`copro validate ${file}\`, then score it with \`copro assess ${file}\`.`);
    return EXIT.ok;
  }

  const project = await interview(framework, options, ask);
  if (!project) {
    notice(`Stopped: nothing was written to ${file}.`);
    return EXIT.interrupted;
  }
  write(file, render(project), Boolean(options.force));
  notice(`\nWrote ${resolve(file)}.`);
  return offerAssessment(file, options.framework, options.color, ask);
}
