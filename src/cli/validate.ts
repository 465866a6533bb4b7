// `copro validate [paths...] [--framework <file>]`: read → validate, no scoring. Every file is
// checked and every problem reported in one run; exit 0 when all are valid, 2 otherwise.
import { frameworkStamp } from '../core/model/report.js';
import type { LoadedFramework } from '../core/model/types.js';
import { buildValidationReport, type FileVerdict } from '../core/model/validation.js';
import { visibleErrors } from '../core/model/input-error.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv, type ReadLimits } from '../io/limits.js';
import { loadProjectInput } from '../io/load-project.js';
import { renderValidationJson, renderValidationText } from '../render/validation/render.js';
import { readFixable } from '../io/fixable-file.js';
import { describeFsError } from '../io/fs-errors.js';
import type { InputError } from '../core/model/input-error.js';
import { migrationFor } from '../core/framework/id-migration.js';
import { partnerAdvice } from '../core/project/partners.js';
import { answerKeys, renameAnswerIdsInFile } from '../io/rename-answer-ids.js';
import { terminalSafe } from '../render/text/safe-text.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';
import { checkFormat } from './report-targets.js';
import { writeStderr } from './streams.js';
import { printErrors, styleFor } from './terminal.js';
import { TOOL } from '../io/tool.js';

const VALIDATE_FORMATS = ['text', 'json'] as const;

export interface ValidateOptions {
  framework?: string;
  format: string;
  color: boolean;
  /** Rewrite answers given under an indicator's earlier id to its current id, in place. */
  fix?: boolean;
  verbose?: boolean;
  /** Follow symbolic links out of the folders searched. */
  followLinks?: boolean;
}

/** In command-line order: a verdict per path that led nowhere, and per project file found. */
async function checkProjects(
  framework: LoadedFramework | undefined,
  paths: string[],
  limits: ReadLimits,
  { fix, verbose, followLinks }: { fix: boolean; verbose: boolean; followLinks: boolean },
): Promise<FileVerdict[]> {
  const verdicts: FileVerdict[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const found = findProjects([path], { followLinks });
    verdicts.push(
      ...found.errors.map((error): FileVerdict => ({ file: error.file, kind: 'project', errors: [error] })),
    );
    for (const file of found.files.filter((f) => !seen.has(f))) {
      seen.add(file);
      const fixError = fix && framework && file !== STDIN ? fixIds(framework, file, limits) : undefined;
      const verdict = await checkProject(framework, file, limits, verbose);
      verdicts.push(fixError ? { ...verdict, errors: [fixError, ...verdict.errors] } : verdict);
    }
  }
  return verdicts;
}

/**
 * Brings a file's answer ids up to date with the framework, saying on stderr what changed. A file
 * that cannot be read or parsed is left alone: checking it will say why. What cannot be fixed in
 * place (a pipe, a full disk) is the file's error, in words.
 */
function fixIds(framework: LoadedFramework, file: string, limits: ReadLimits): InputError | undefined {
  const fixable = readFixable(file, limits.maxFileBytes);
  if (!fixable) return undefined;
  if (!fixable.ok) return { file, message: fixable.message };
  const keys = answerKeys(fixable.text).map((k) => k.id);
  const { renames, clashes, retired } = migrationFor(framework, keys);
  if (renames.length > 0) {
    try {
      renameAnswerIdsInFile(fixable.real, fixable.text, renames);
    } catch (error) {
      if (!(error as NodeJS.ErrnoException).code) throw error;
      return {
        file,
        message: `not fixed: it could not be written: ${describeFsError(error, 'write')}; it is as it was`,
      };
    }
    writeStderr(`${terminalSafe(file)}: updated ${renames.map((r) => `${r.from} → ${r.to}`).join(', ')}\n`);
  }
  for (const clash of clashes) {
    writeStderr(
      `${terminalSafe(file)}: left ${clash.from} as it is: the file answers ${clash.to} too, so keep one of the two by hand\n`,
    );
  }
  for (const gone of retired) {
    writeStderr(
      `${terminalSafe(file)}: ${gone.id} is retired and is ignored when scoring (${gone.note}); move its evidence where it belongs, then delete it\n`,
    );
  }
  return undefined;
}

async function checkProject(
  framework: LoadedFramework | undefined,
  file: string,
  limits: ReadLimits,
  verbose: boolean,
): Promise<FileVerdict> {
  if (!framework)
    return {
      file,
      kind: 'project',
      errors: [{ file, message: 'not checked: the framework to check it against is not valid (see above)' }],
    };
  const loaded = await loadProjectInput(framework, file, limits);
  if (loaded.ok) {
    printErrors(loaded.notes);
    // Partners not named, or not placed on a side: advice on stderr, never a problem with the file.
    printErrors(partnerAdvice(framework, loaded.project.partners).map((message) => ({ file: loaded.file, message })));
  }
  return { file: loaded.file, kind: 'project', errors: loaded.ok ? [] : visibleErrors(loaded.errors, verbose) };
}

export async function runValidate(paths: string[], options: ValidateOptions): Promise<ExitCode> {
  const format = checkFormat(options.format, VALIDATE_FORMATS, 'validate');
  if (paths.length === 0 && !options.framework) {
    throw new UsageError(
      'say what to check: project files or folders (copro validate project.yaml), or a framework (copro validate --framework my-framework.yaml)',
    );
  }
  const limits = limitsFromEnv();
  const loaded = await loadFrameworkCached(options.framework, limits);
  const verdicts: FileVerdict[] = [];
  if (options.framework)
    verdicts.push({ file: options.framework, kind: 'framework', errors: loaded.ok ? [] : loaded.errors });
  else if (!loaded.ok) throw new UsageError('the bundled framework is not valid', loaded.errors);
  const framework = loaded.ok ? loaded.framework : undefined;
  verdicts.push(
    ...(await checkProjects(framework, paths, limits, {
      fix: Boolean(options.fix),
      verbose: Boolean(options.verbose),
      followLinks: Boolean(options.followLinks),
    })),
  );

  const report = buildValidationReport(TOOL, framework ? frameworkStamp(framework) : null, verdicts);
  // Through openOutput, so that a full disk behind `> out` is an error rather than a short report.
  const output = openOutput(undefined);
  output.write(
    format === 'json' ? renderValidationJson(report) : renderValidationText(report, await styleFor(options.color)),
  );
  return report.summary.invalid > 0 ? EXIT.cannotRun : EXIT.ok;
}
