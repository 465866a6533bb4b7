// `copro draft <files or folders...>`: a project file proposed from each email, document or web
// page, for a person to check. read (the document's text) → draft (the pure core) → render (a
// commented project file) → check it is valid → write it (atomically, never over a file). What it
// saw goes to standard error, or as JSON to standard output with --format json. One input that
// cannot be read never stops the others; the exit code is 2 if any could not be drafted.
import { mkdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { assessProject } from '../core/assess/assess.js';
import { draftProject } from '../core/draft/draft.js';
import { draftTermsMessage } from '../core/draft/draft-terms.js';
import type { LoadedFramework } from '../core/model/types.js';
import { draftLimits, type DraftLimits } from '../io/draft-limits.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { describeFsError } from '../io/fs-errors.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { loadProjectBytes } from '../io/load-project.js';
import { readCapped, tooBigMessage } from '../io/read-bytes.js';
import { readStdin } from '../io/read-stdin.js';
import { FileExistsError, nameTaken, writeFileAtomic } from '../io/write-file-atomic.js';
import { draftJson, renderDraftText, type DraftedInput, type FailedInput } from '../render/draft/report.js';
import { renderDraftYaml } from '../render/draft/project-yaml.js';
import { REPORT_SCHEMA_VERSION } from '../core/model/report.js';
import { eventLoopTurn } from '../io/event-loop.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { writeStderr, writeStdout } from './streams.js';
import { notice, styleFor, textWidth } from './terminal.js';
import { TOOL } from '../io/tool.js';
import { placeNamedIn } from '../io/load-places.js';

export interface DraftOptions {
  framework?: string;
  output?: string;
  outDir?: string;
  format?: string;
  color: boolean;
  quiet?: boolean;
}

/** What a folder is searched for. Kept here, not in the readers, so finding files loads no parser. */
const DOCUMENTS = {
  pattern: /\.(txt|text|md|markdown|html?|eml|docx|pdf)$/i,
  none: 'no documents (.txt, .md, .html, .eml, .docx or .pdf) were found in this folder',
};

class InputFailure extends Error {}

function checkOptions(inputs: string[], options: DraftOptions): void {
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${options.format}"`);
  }
  if (options.output && options.outDir)
    throw new UsageError('give -o (one input, one file) or --out-dir (a folder for many), not both');
  if (options.output && inputs.length > 1)
    throw new UsageError(
      `-o names one file, but there are ${inputs.length} inputs: use --out-dir to write one draft for each into a folder`,
    );
  if (!options.output && !options.outDir && inputs.length > 1)
    throw new UsageError(`there are ${inputs.length} inputs: use --out-dir to write one draft for each into a folder`);
  if (options.format === 'json' && !options.output && !options.outDir) {
    throw new UsageError(
      '--format json prints the report on standard output, so name where the draft goes with -o <file> or --out-dir <folder>',
    );
  }
  if (options.output && nameTaken(options.output)) {
    throw new UsageError(
      `${options.output} already exists, and copro draft never replaces a file: give another name, or move the old file first`,
    );
  }
  if (options.outDir) {
    try {
      mkdirSync(options.outDir, { recursive: true });
    } catch (error) {
      throw new UsageError(`the folder ${options.outDir} could not be made: ${describeFsError(error)}`);
    }
    if (!statSync(options.outDir).isDirectory()) throw new UsageError(`${options.outDir} is not a folder`);
  }
}

async function readInput(input: string, limits: DraftLimits): Promise<Uint8Array> {
  if (input === STDIN) {
    const bytes = await readStdin(limits.maxFileBytes);
    if (bytes.length > limits.maxFileBytes) throw new InputFailure(tooBigMessage('input', limits.maxFileBytes));
    return bytes;
  }
  const read = await readCapped(input, limits.maxFileBytes);
  if (!read.ok) throw new InputFailure(read.message);
  return read.bytes;
}

/**
 * Where each input's draft goes, worked out for the whole batch at once: inputs that share a name
 * (report.txt and report.md, or two folders' notes.txt) get a draft each, the second named with
 * its extension (report-md.yaml), then numbered. Names are compared as a case-blind file system
 * would (Report.yaml is report.yaml there).
 */
function outputsFor(inputs: readonly string[], options: DraftOptions): Map<string, string> {
  const outputs = new Map<string, string>();
  const taken = new Set<string>();
  for (const input of inputs) {
    if (options.output || !options.outDir) {
      outputs.set(input, options.output ?? STDIN);
      continue;
    }
    const base = input === STDIN ? 'stdin' : basename(input, extname(input));
    const extension = extname(input).slice(1).toLowerCase();
    const candidates = [base, ...(extension ? [`${base}-${extension}`] : [])];
    let name = candidates.find((candidate) => !taken.has(candidate.toLowerCase()));
    for (let n = 2; name === undefined; n++)
      if (!taken.has(`${candidates.at(-1)}-${n}`.toLowerCase())) name = `${candidates.at(-1)}-${n}`;
    taken.add(name.toLowerCase());
    outputs.set(input, join(options.outDir, `${name}.yaml`));
  }
  return outputs;
}

function nameOf(input: string): string {
  return input === STDIN ? 'Draft from standard input' : `Draft from ${basename(input)}`;
}

async function draftOne(
  framework: LoadedFramework,
  input: string,
  output: string,
  limits: DraftLimits,
): Promise<DraftedInput> {
  const bytes = await readInput(input, limits);
  // The parsers are heavy: loaded only here, so every other command starts as fast as before.
  const { documentText } = await import('../io/document-text.js');
  const read = await documentText(input === STDIN ? '' : input, bytes, limits);
  if (!read.ok) throw new InputFailure(read.message);
  // Between the long steps, a Ctrl-C or SIGTERM that came in is acted on before anything is written.
  await eventLoopTurn();
  // The reader's language model is heavy too: loaded here only, in a bundle of its own.
  const { tagSentence } = await import('../io/tagger.js');
  const outcome = draftProject(framework, read.document, nameOf(input), tagSentence, placeNamedIn);
  await eventLoopTurn();
  const text = renderDraftYaml(
    framework,
    outcome,
    input === STDIN ? 'standard input' : basename(input),
    output === STDIN ? {} : { fileName: output },
  );
  // The draft is checked as any project file is: what copro writes, copro validate accepts.
  const checked = loadProjectBytes(framework, output, Buffer.from(text));
  if (!checked.ok)
    throw new InputFailure(
      `copro made a draft it cannot read back (${checked.errors[0]?.message}): please report this`,
    );
  write(output, text);
  return {
    input,
    output,
    outcome,
    termsMessage: draftTermsMessage(framework, checked.project, assessProject(framework, checked.project)),
    stageCount: framework.stages.length,
    questionCount: framework.criteria.reduce((n, c) => n + c.indicators.length, 0),
    notes: read.document.notes,
  };
}

function write(output: string, text: string): void {
  if (output === STDIN) {
    writeStdout(text);
    return;
  }
  try {
    writeFileAtomic(output, text, { replace: false });
  } catch (error) {
    if (error instanceof FileExistsError)
      throw new InputFailure(`${output} already exists, and copro draft never replaces a file`);
    throw new InputFailure(`${output} could not be written: ${describeFsError(error)}`);
  }
}

export async function runDraft(paths: string[], options: DraftOptions): Promise<ExitCode> {
  const readLimits = limitsFromEnv();
  const loaded = await loadFrameworkCached(options.framework, readLimits);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  const framework = loaded.framework;
  const found = findProjects(paths, { kind: DOCUMENTS });
  const inputs = found.files;
  checkOptions(inputs, options);
  const limits = draftLimits(readLimits);
  const json = options.format === 'json';
  const style = await styleFor(options.color && !json);
  const drafted: DraftedInput[] = [];
  const failed: FailedInput[] = found.errors.map((e) => ({ input: e.file, message: e.message }));
  for (const problem of failed) notice(`${problem.input}: ${problem.message}`);
  const outputs = outputsFor(inputs, options);
  for (const input of inputs) {
    try {
      const done = await draftOne(framework, input, outputs.get(input)!, limits);
      drafted.push(done);
      if (!json && !options.quiet) writeStderr(renderDraftText(done, style, textWidth(false)));
    } catch (error) {
      if (!(error instanceof InputFailure)) throw error;
      failed.push({ input, message: error.message });
      notice(`${input === STDIN ? 'standard input' : input}: ${error.message}`);
    }
  }
  if (json) {
    const report = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: TOOL,
      framework: { id: framework.id, version: framework.version, hash: framework.hash },
      summary: { total: inputs.length + found.errors.length, drafted: drafted.length, failed: failed.length },
      results: drafted.map(draftJson),
      errors: failed.map((f) => ({ file: f.input, message: f.message })),
    };
    writeStdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (drafted.length > 0 && !options.quiet) {
    const one = drafted.length === 1 && drafted[0]!.output !== '-' ? drafted[0]!.output : '<file>';
    notice(
      `Check every suggestion with \`copro review ${one}\` (a few minutes: the missing details, then each suggestion with its sentence), or by hand (correct it, then delete its "suggested: true" line): until then a verdict resting on a suggested stage is provisional.`,
    );
  }
  return failed.length > 0 ? EXIT.cannotRun : EXIT.ok;
}
