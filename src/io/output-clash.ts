// An output must never be an input of the same run: `-o p.yaml` over the project it scores,
// `-f fw.yaml -o fw.yaml`, or a .yaml report inside a folder being searched (the next run would
// read the report as a project). Compared by real path, so no spelling or link gets past.
import { basename, dirname, sep } from 'node:path';
import { UsageError } from './usage-error.js';
import { PROJECT_FILE } from './find-projects.js';
import { realPathOf } from './real-path.js';

export interface RunInputs {
  /** Files the run reads, as given (project files, the framework and its parents). */
  files: readonly string[];
  /** Real paths of the folders searched for project files. */
  folders?: ReadonlySet<string>;
  /** True once the framework has been read (to find what it extends): the message must not say nothing was read. */
  afterReading?: boolean;
}

/** How an output would be written over an input, in words; undefined when it would not. */
function clash(output: string, inputs: RunInputs): string | undefined {
  const real = realPathOf(output);
  const input = inputs.files.find((file) => realPathOf(file) === real);
  if (input !== undefined)
    return `is ${input === output ? 'also' : input + ','} an input of this run: writing the report would replace it`;
  const name = basename(real);
  const searched = inputs.folders?.has(dirname(real)) && PROJECT_FILE.test(name) && !name.startsWith('.');
  if (searched)
    return `would be written into ${dirname(real)}, a folder this run searches for project files: the next run would read the report as a project`;
  return undefined;
}

/** Refuses, naming both, when any output would replace an input or land among the files read. */
export function refuseOutputsOverInputs(outputs: readonly (string | undefined)[], inputs: RunInputs): void {
  for (const output of outputs) {
    if (output === undefined) continue;
    const over = clash(output, inputs);
    if (over)
      throw new UsageError(
        `the report ${output} ${over}. Nothing was ${inputs.afterReading ? '' : 'read or '}written: give the report another name`,
      );
  }
}

/**
 * A report may replace the baseline it is compared with: a rolling baseline (compare with the last
 * run, keep this run as the next baseline). That is safe because the baseline is read whole before
 * anything is written, and the report replaces it atomically. Only a JSON report may, so that the
 * file is still a baseline next time; any other format over it is refused before anything is read.
 */
export function refuseOverBaseline(outputs: readonly { file?: string; format: string }[], baseline: string): void {
  const real = realPathOf(baseline);
  const other = outputs.find((o) => o.file !== undefined && o.format !== 'json' && realPathOf(o.file) === real);
  if (other)
    throw new UsageError(
      `the ${other.format} report ${other.file} would replace the baseline ${baseline}, and could not be read as a baseline next time. Nothing was read or written: write the JSON report there (--format json), or give the ${other.format} report another name`,
    );
}

/**
 * Refuses a site folder that is, or holds, a path the run reads (a project file, a folder named
 * on the command line, the framework): a site is replaced whole on every build, so an input inside
 * it (`copro hub site/projects -o site/`) would be lost. A site inside a searched folder is fine:
 * it holds no project files.
 */
export function refuseSiteOverInputs(site: string, inputs: RunInputs): void {
  const real = realPathOf(site);
  const prefix = real.endsWith(sep) ? real : real + sep;
  const input = inputs.files.find((name) => {
    const path = realPathOf(name);
    return path === real || path.startsWith(prefix);
  });
  if (input === undefined) return;
  const where = realPathOf(input) === real ? 'is' : 'holds';
  throw new UsageError(
    `the site folder ${site} ${where} ${input}, an input of this run: the site is replaced whole on every build, so it would be lost. Nothing was ${inputs.afterReading ? '' : 'read or '}written: give the site a folder of its own`,
  );
}
