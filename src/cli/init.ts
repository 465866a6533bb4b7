// `copro init [file]`: a questionnaire at a terminal, a template otherwise (or with --yes). The
// file is written in one step and never replaces an existing one unless --force is given.
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Framework, Project } from '../core/model/types.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { schemaPath } from '../io/package-paths.js';
import { describeFsError } from '../io/fs-errors.js';
import { schemaProblems } from '../io/schema-messages.js';
import { schemaErrors } from '../io/schema-validators.js';
import { refuseOutputsOverInputs } from '../io/output-clash.js';
import { FileExistsError, nameTaken, writeFileAtomic } from '../io/write-file-atomic.js';
import { renderProjectYaml, templateProject } from '../render/project-yaml/render.js';
import { YEAR_FORMS, yearProblem } from '../core/project/year.js';
import { suggestionsChecked, suggestionsCheckedLine, suggestionsIn } from '../core/draft/suggestions.js';
import { quoted } from '../core/shared/text.js';
import { runAssess } from './assess.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { askProject, inquirerAsker, type Asker } from './init-questions.js';
import {
  askReassessment,
  askToCompleteEarlier,
  gapLines,
  gapsOf,
  gapWords,
  reassessment,
  type Assessment,
  type EarlierGaps,
} from './init-reassess.js';
import { inProcessStreams } from './streams.js';
import { idFromName } from '../core/project/project-id.js';
import { withAddedDetails } from '../io/add-project-details.js';
import { readFixable } from '../io/fixable-file.js';
import { loadProjectBytes, loadProjectFile } from '../io/load-project.js';
import { askPlanProject } from './init-plan.js';
import { notice, styleFor } from './terminal.js';
import { nearbyName } from '../io/nearby-name.js';
import { suggestion } from '../core/shared/did-you-mean.js';

/** What `copro init` writes when given no file (commander's default for [file]). */
export const DEFAULT_PROJECT_FILE = 'project.yaml';

export interface InitOptions {
  framework?: string;
  yes?: boolean;
  force?: boolean;
  /** Carry on with an existing file: ask only what it leaves unknown. */
  resume?: boolean;
  /** A plan before the work starts: the offer at each stage, dated, with an id and a perspective. */
  plan?: boolean;
  color: boolean;
  /** An earlier assessment of the project: copy its details, offer its answers as defaults. */
  from?: string;
  date?: string;
  perspective?: string;
  by?: string;
}

function refuseToReplace(file: string): never {
  throw new UsageError(
    `${file} already exists, and copro init never replaces a file: give another name (copro init my-project.yaml), or add --force to replace it`,
  );
}

/** The year as the project schema would judge it, so the questionnaire can ask again at once. */
export function checkYear(year: string | number): true | string {
  const problem = schemaProblems(schemaErrors('project', { name: 'check', year }))[0] ?? yearProblem(year);
  if (!problem) return true;
  const why = problem.message.includes('runs backwards')
    ? `${problem.message.replace(/^"year" /, 'It ')}.`
    : `Write ${YEAR_FORMS}.`;
  return `${why} Or leave it empty.`;
}

/**
 * The project schema as a path relative to the file written (as examples/ point at
 * ../schemas/project.schema.json): it keeps working when the file and copro move together, and
 * names no one's home folder.
 */
export function portableSchemaRef(file: string): string {
  return relative(dirname(resolve(file)), schemaPath('project'))
    .split(sep)
    .join('/');
}

/** An assessment block as the project schema would judge it, and a date that exists. */
function checkAssessment(assessment: Assessment): true | string {
  const problem = schemaProblems(schemaErrors('project', { name: 'check', assessment }))[0];
  if (problem) return problem.message;
  if (assessment.date !== undefined && Number.isNaN(Date.parse(`${assessment.date}T00:00:00Z`)))
    return `${quoted(assessment.date)} is not a date in the calendar`;
  if (
    assessment.date !== undefined &&
    new Date(`${assessment.date}T00:00:00Z`).toISOString().slice(0, 10) !== assessment.date
  )
    return `${quoted(assessment.date)} is not a date in the calendar`;
  return true;
}

/** The date, perspective and who assesses, from the options, else the earlier file (a new date: today). */
function givenAssessment(earlier: Project, options: InitOptions): Assessment {
  const given: Assessment = { date: options.date ?? new Date().toISOString().slice(0, 10) };
  const perspective = options.perspective ?? earlier.assessment?.perspective;
  const by = options.by ?? earlier.assessment?.by;
  if (by) given.by = by;
  if (perspective) given.perspective = perspective;
  const verdict = checkAssessment(given);
  if (verdict !== true) throw new UsageError(`--date, --perspective or --by is not right: ${verdict}`);
  return given;
}

async function loadEarlier(framework: Framework, file: string): Promise<Project> {
  const loaded = await loadProjectFile(framework, file, limitsFromEnv());
  if (!loaded.ok)
    throw new UsageError(
      `--from ${file}: the earlier assessment cannot be read, so nothing was written`,
      loaded.errors,
    );
  return loaded.project;
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
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `there is no folder ${folder}`
        : `${folder}: ${describeFsError(error)}`;
    throw new UsageError(`${file} could not be written: ${why}`);
  }
  if (!isFolder) throw new UsageError(`${file} could not be written: ${folder} is not a folder`);
}

/** True when someone is there to answer: both ends of the conversation are a terminal (never for an in-process run). */
export function atTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY && !inProcessStreams());
}

export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** The finished project, or what was answered before Ctrl-C (`stopped`). */
async function interview(
  framework: Framework,
  options: InitOptions,
  draft: Project,
  ask?: Asker,
): Promise<{ project: Project; stopped: boolean }> {
  const style = await styleFor(options.color);
  try {
    return {
      project: await askProject(
        ask ?? (await inquirerAsker({ color: options.color })),
        framework,
        checkYear,
        style,
        draft,
      ),
      stopped: false,
    };
  } catch (error) {
    if (isPromptExit(error)) return { project: draft, stopped: true };
    throw error;
  }
}

/** The day a file was last changed, as YYYY-MM-DD (today when it cannot be told). */
function lastChanged(file: string): string {
  try {
    return statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/**
 * Adds what the earlier file lacks for `copro compare`, in place and byte for byte otherwise: read
 * and written back as `validate --fix` does (a regular file, through any link, replaced in one
 * step), and only when the result is still a valid project file.
 */
function completeEarlier(framework: Framework, file: string, details: Parameters<typeof withAddedDetails>[1]): boolean {
  const fixable = readFixable(file, limitsFromEnv().maxFileBytes);
  if (!fixable?.ok) return false;
  const edited = withAddedDetails(fixable.text, details);
  if (edited === undefined || !loadProjectBytes(framework, file, Buffer.from(edited)).ok) return false;
  try {
    writeFileAtomic(fixable.real, edited, { replace: true });
    return true;
  } catch (error) {
    notice(`copro: ${file} could not be changed: ${describeFsError(error)}; it is as it was`);
    return false;
  }
}

/** What to tell a person whose earlier file still lacks what compare needs. */
function byHand(from: string, gaps: EarlierGaps): string {
  return `${from} lacks ${gapWords(gaps)}, which \`copro compare\` needs: add ${gapLines(gaps)
    .map((l) => `"${l}"`)
    .join(' and ')} to it (copro init --from at a terminal offers to add them for you).`;
}

async function reinterview(
  framework: Framework,
  earlier: Project,
  given: Assessment,
  options: InitOptions,
  ask?: Asker,
): Promise<Project | undefined> {
  const style = await styleFor(options.color);
  try {
    const asker = ask ?? (await inquirerAsker({ color: options.color }));
    // First, before any question about the new assessment: may the earlier file be completed?
    const gaps = gapsOf(earlier, earlier.id ?? idFromName(earlier.name));
    let asked = given;
    if (gaps && options.from) {
      const details = await askToCompleteEarlier(asker, options.from, gaps, lastChanged(options.from), checkAssessment);
      if (details && completeEarlier(framework, options.from, details))
        notice(`Added ${gapWords(gaps)} to ${options.from}; nothing else in it changed.`);
      else notice(byHand(options.from, gaps));
      // The earlier point of view is the likelier one for the new assessment too.
      if (details?.perspective && !asked.perspective) asked = { ...asked, perspective: details.perspective };
    }
    return await askReassessment(
      asker,
      { ...earlier, id: earlier.id ?? idFromName(earlier.name) },
      framework,
      asked,
      checkAssessment,
      style,
    );
  } catch (error) {
    if (isPromptExit(error)) return undefined;
    throw error;
  }
}

/**
 * A project in a file to carry on with (`copro init --resume`, `copro review`), in the framework's
 * own terms; `missing` says what to do when there is no such file, `verb` what cannot be done yet.
 */
export async function projectToCarryOn(
  file: string,
  framework: Framework,
  words: { missing: string; verb: string },
): Promise<Project> {
  if (!nameTaken(file)) throw new UsageError(`there is no ${file} to ${words.missing}${suggestion(nearbyName(file))}`);
  const loaded = await loadProjectFile(framework, file, limitsFromEnv());
  if (!loaded.ok)
    throw new UsageError(
      `${file} cannot be ${words.verb} until its problems are fixed (copro validate ${file} lists them)`,
      loaded.errors,
    );
  return structuredClone(loaded.project);
}

/** The project in a file to carry on with (`copro init --resume file`). */
const resumeFrom = (file: string, framework: Framework) =>
  projectToCarryOn(file, framework, { missing: `resume: start it with \`copro init ${file}\``, verb: 'resumed' });

async function offerAssessment(
  file: string,
  framework: string | undefined,
  color: boolean,
  ask?: Asker,
): Promise<ExitCode> {
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

/** `copro init --plan`: the offer at each stage, written dated with an id and a perspective. */
async function planInit(
  file: string,
  framework: Framework,
  options: InitOptions,
  interactive: boolean,
  ask?: Asker,
): Promise<ExitCode> {
  if (!interactive)
    throw new UsageError(
      `--plan asks questions, and there is no terminal to ask them in: write ${file} with \`copro init --yes\` and give each stage "level: not-yet" and "plan:" in an editor`,
    );
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const checked = checkAssessment({ date });
  if (checked !== true) throw new UsageError(`--date is not right: ${checked}`);
  const draft: Project = { name: '', stages: {}, answers: {} };
  const style = await styleFor(options.color);
  let stopped = false;
  try {
    await askPlanProject(
      ask ?? (await inquirerAsker({ color: options.color })),
      framework,
      checkYear,
      style,
      draft,
      date,
    );
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    stopped = true;
  }
  const render = (unfinished: boolean) =>
    renderProjectYaml(framework, draft, { schemaRef: portableSchemaRef(file), fileName: file, unfinished });
  if (stopped && !draft.name) {
    notice(`Stopped: nothing was answered, so nothing was written to ${file}.`);
    return EXIT.interrupted;
  }
  write(file, render(stopped), Boolean(options.force));
  if (stopped) {
    notice(`\nStopped: the plan so far is in ${file}; the stages not reached are "unknown".`);
    return EXIT.interrupted;
  }
  notice(`\nWrote the plan to ${file} (id ${draft.id}, dated ${date}).`);
  notice(
    `Later, describe what happened with \`copro init later.yaml --from ${file}\`, and set the two side by side with \`copro compare ${file} later.yaml\`.`,
  );
  return offerAssessment(file, options.framework, options.color, ask);
}

export async function runInit(file: string, options: InitOptions, ask?: Asker): Promise<ExitCode> {
  // Checked before any question, so nobody answers forty questions only to be turned away.
  if (options.resume && options.yes)
    throw new UsageError('--resume asks the questions still unknown, and --yes asks none: give one of them');
  if (options.resume && options.from)
    throw new UsageError(
      '--resume carries on with a file, and --from starts a new one from an earlier assessment: give one of them',
    );
  if (options.plan && (options.resume || options.from || options.yes))
    throw new UsageError(
      '--plan asks for a new plan, one question at a time: it goes with none of --resume, --from and --yes',
    );
  if (options.plan && (options.perspective || options.by))
    throw new UsageError('--plan asks whose point of view the plan takes and who made it: give only --date, if any');
  if (!options.from && !options.plan && (options.date || options.perspective || options.by))
    throw new UsageError(
      '--date, --perspective and --by go with --from <earlier.yaml>: they describe a new assessment of a project',
    );
  if (nameTaken(file) && !options.force && !options.resume) refuseToReplace(file);
  checkFolder(file);
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseOutputsOverInputs([file], {
    files: options.from ? [...loaded.files, options.from] : loaded.files,
    afterReading: true,
  });
  const framework = loaded.framework;
  const render = (project: Project) =>
    renderProjectYaml(framework, project, { schemaRef: portableSchemaRef(file), fileName: file });
  const earlier = options.from ? await loadEarlier(framework, options.from) : undefined;
  const given = earlier ? givenAssessment(earlier, options) : undefined;

  const resumed = options.resume ? await resumeFrom(file, framework) : undefined;
  const interactive = !options.yes && (ask !== undefined || atTerminal());
  if (options.plan) return planInit(file, framework, options, interactive, ask);
  if (options.resume && !interactive)
    throw new UsageError(
      `--resume asks questions, and there is no terminal to ask them in: fill in ${file} in an editor instead`,
    );
  if (!interactive && earlier && given) {
    // The new file always has an id, so that once the earlier one has it too the two are compared.
    const id = earlier.id ?? idFromName(earlier.name);
    write(file, render({ ...reassessment(earlier, given), id }), Boolean(options.force));
    const perspective = given.perspective
      ? `, from the ${given.perspective} perspective`
      : ' (add a perspective under assessment:)';
    notice(
      `Wrote ${file}: a new assessment of ${quoted(earlier.name)} dated ${given.date}${perspective}, with the earlier levels and answers to revise.`,
    );
    const gaps = gapsOf(earlier, id);
    if (gaps) notice(byHand(options.from!, gaps));
    notice(`Compare the two with \`copro compare ${options.from} ${file}\`.`);
    return EXIT.ok;
  }
  if (!interactive) {
    write(file, render(templateProject()), Boolean(options.force));
    const why = options.yes ? '' : ' (there is no terminal to ask questions in, so copro wrote a template)';
    notice(`Wrote ${file}${why}: every stage and question is listed, all "unknown", ready to fill in.`);
    notice(`Check it with \`copro validate ${file}\`, then score it with \`copro assess ${file}\`.`);
    return EXIT.ok;
  }

  const replace = Boolean(options.force || options.resume);
  if (earlier && given) {
    const project = await reinterview(framework, earlier, given, options, ask);
    if (!project) {
      notice(`Stopped: nothing was written to ${file}.`);
      return EXIT.interrupted;
    }
    write(file, render(project), replace);
    notice(`\nWrote ${file}. Compare the two with \`copro compare ${options.from} ${file}\`.`);
    return offerAssessment(file, options.framework, options.color, ask);
  }
  const draft = resumed ?? { name: '', stages: {}, answers: {} };
  const suggested = resumed && suggestionsIn(resumed).length > 0 ? structuredClone(resumed) : undefined;
  if (suggested)
    notice(
      `${file} holds suggestions from copro draft: \`copro review ${file}\` checks them and the missing details in a few minutes. Here every question still unknown is asked.\n`,
    );
  const { project, stopped } = await interview(framework, options, draft, ask);
  // What became of the suggestions from `copro draft`, in a line, however the questions ended.
  if (suggested && project.name) notice(`\n${suggestionsCheckedLine(suggestionsChecked(suggested, project))}.`);
  if (stopped) {
    if (!project.name) {
      notice(`Stopped: nothing was answered, so nothing was written to ${file}.`);
      return EXIT.interrupted;
    }
    // What was answered is kept, marked unfinished at the top; the rest stays "unknown".
    write(
      file,
      renderProjectYaml(framework, project, { schemaRef: portableSchemaRef(file), fileName: file, unfinished: true }),
      replace,
    );
    const rest = suggestionsIn(project).length
      ? 'what was not reached is still "unknown" or still a suggestion to check'
      : 'the rest marked "unknown"';
    notice(`\nStopped: your answers so far are in ${file}, ${rest}. Carry on with \`copro init --resume ${file}\`.`);
    return EXIT.interrupted;
  }
  write(file, render(project), replace);
  notice(`\nWrote ${file}.`);
  return offerAssessment(file, options.framework, options.color, ask);
}
