// Wires the commands to commander and decides the exit code. Nothing else happens here: each
// command lives in its own file and returns its exit code.
import { constants as osConstants } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../io/usage-error.js';
import { runAssess, type AssessOptions } from './assess.js';
import type { FormOptions } from './form.js';
import type { HubOptions } from './hub.js';
import { runCompare, type CompareOptions, COMPARE_FORMATS } from './compare.js';
import { runCriteria, type CriteriaOptions } from './criteria.js';
import { DEFAULT_PROJECT_FILE, runInit, type InitOptions } from './init.js';
import { runReview, type ReviewOptions } from './review.js';
import { runSchema, type SchemaOptions } from './schema.js';
import { SCHEMA_NAMES } from '../io/schema-compile.js';
import { runValidate, type ValidateOptions } from './validate.js';
import { EXIT } from './exit-codes.js';
import { REPORT_FORMATS } from '../render/formats.js';
import { abortOpenOutputs } from '../io/text-output.js';
import { inCoproStyle, notice, printErrors, quietOnClosedPipe, writeSafeError } from './terminal.js';
import { TOOL } from '../io/tool.js';
import { withStreams, writeStderr, writeStdout, type RunStreams } from './streams.js';

/** Repeatable options gather their values in order. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Each command's action hands its exit code here; main returns it. */
type SetExit = (code: number) => void;

// Options several commands take, worded the same wherever they appear.
const FRAMEWORK = ['-f, --framework <path>', 'another criteria framework (default: the bundled one)'] as const;
const NO_COLOR = ['--no-color', 'never colour the output'] as const;
const QUIET = ['-q, --quiet', 'print nothing on standard error but errors'] as const;
const FOLLOW_LINKS = [
  '--follow-links',
  'read files that symbolic links in a folder lead to outside it (by default they are reported, not read)',
] as const;

function program(setExit: SetExit): Command {
  const cli = new Command('copro')
    .description(
      'Score a described project against a co-production criteria framework:\nco-production, partial co-production or consultation, with the reasons.',
    )
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // Commander's own errors ("error: unknown option") in copro's style: "copro: unknown option".
    .configureOutput({
      writeOut: writeStdout,
      writeErr: writeSafeError,
      outputError: (text, write) => write(inCoproStyle(text)),
    })
    .exitOverride();
  // In the order `copro --help` lists them.
  for (const addCommand of [
    addAssess,
    addCompare,
    addCriteria,
    addValidate,
    addInit,
    addDraft,
    addSchema,
    addHub,
    addForm,
  ])
    addCommand(cli, setExit);
  return cli;
}

function addAssess(cli: Command, setExit: SetExit): void {
  cli
    .command('assess')
    .description('score project files, folders of them (*.yaml, *.yml), or - for standard input')
    .argument('<paths...>', 'project files or folders, or - to read one project from standard input')
    .option(...FRAMEWORK)
    .addOption(
      new Option(
        '--format <name>',
        `report format: ${REPORT_FORMATS.join(', ')} (default: table, or what the -o file's extension says)`,
      ),
    )
    .option('-o, --output <file>', 'write the report to a file (replaced atomically) instead of standard output')
    .option(
      '--report <format[=file]>',
      'also write a report in another format to a file (or to standard output without =file); repeatable',
      collect,
    )
    .option('--fail-under <class>', 'exit 1 if any project is classified below this class (e.g. partial-co-production)')
    .option('--min-score <n>', 'exit 1 if any project scores below n (0-100)')
    .option(
      '--baseline <report.json>',
      "an earlier JSON report: show each project's change since then (matched by id, else by name, else by file)",
    )
    .option('--fail-on-regression', "with --baseline: exit 1 if any project's class or score went down")
    .option(...NO_COLOR)
    .option(...QUIET)
    .option('-v, --verbose', 'show every indicator, its answer and evidence')
    .option(
      '--bom',
      'CSV: begin with a byte order mark, so Excel opens the file as UTF-8 (shows £ and accents correctly)',
    )
    .option(
      '-j, --jobs <n>',
      'threads to score a batch with (default: 1, or from 200 files one for each 1.5 idle cores, up to 4)',
    )
    .option(...FOLLOW_LINKS)
    .action(async (paths: string[], options: AssessOptions) => setExit(await runAssess(paths, options)));
}

function addCompare(cli: Command, setExit: SetExit): void {
  cli
    .command('compare')
    .description(
      'compare assessments of a project (files with the same id): perspectives side by side, and change over time',
    )
    .argument('<paths...>', 'project files or folders')
    .option(...FRAMEWORK)
    .addOption(
      new Option(
        '--format <name>',
        `${COMPARE_FORMATS.join(', ')} (default: table, or what the -o file's extension says)`,
      ),
    )
    .option('-o, --output <file>', 'write the comparison to a file (replaced atomically) instead of standard output')
    .option(...NO_COLOR)
    .option(...QUIET)
    .option('-v, --verbose', 'list every disagreement, changed answer and piece of evidence added')
    .option(...FOLLOW_LINKS)
    .action(async (paths: string[], options: CompareOptions) => setExit(await runCompare(paths, options)));
}

function addCriteria(cli: Command, setExit: SetExit): void {
  cli
    .command('criteria')
    .description('show the criteria framework, or explain one criterion, indicator, source, stage, level or class')
    .argument('[id]', 'what to explain, e.g. shared-power or nsce.inclusion')
    .option(...FRAMEWORK)
    .addOption(new Option('--format <name>', 'table or json (default: json if the -o file ends in .json, else table)'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option(...NO_COLOR)
    .action(async (id: string | undefined, options: CriteriaOptions) => setExit(await runCriteria(id, options)));
}

function addValidate(cli: Command, setExit: SetExit): void {
  cli
    .command('validate')
    .description('check project files (and a framework) without scoring: every problem, located')
    .argument('[paths...]', 'project files or folders, or - for standard input')
    .option('-f, --framework <path>', 'check this framework too, and check the projects against it')
    .option(
      '--fix',
      "rewrite answers given under an indicator's earlier id to its current id, in place (comments kept)",
    )
    .addOption(new Option('--format <name>', 'text or json').default('text'))
    .option('-v, --verbose', 'for a YAML file that is not a project file, list every difference too')
    .option(...FOLLOW_LINKS)
    .option(...NO_COLOR)
    .action(async (paths: string[], options: ValidateOptions) => setExit(await runValidate(paths, options)));
}

function addInit(cli: Command, setExit: SetExit): void {
  cli
    .command('init')
    .description(
      'describe a project by answering questions, and get a valid project file (a template without a terminal)',
    )
    .argument('[file]', 'the file to write', DEFAULT_PROJECT_FILE)
    .option('-y, --yes', 'ask nothing: write a template listing every stage and question, to fill in')
    .option('--force', 'replace the file if it already exists')
    .option(
      '--from <earlier.yaml>',
      'a new assessment of a project already described: copy its details and id, offer each earlier answer as the default',
    )
    .option(
      '--plan',
      'a plan before the work starts: the offer at each stage (inform, consult, involve, collaborate, delegate), dated, with an id',
    )
    .option('--date <YYYY-MM-DD>', 'with --from or --plan: the date of the new assessment or plan (default: today)')
    .option(
      '--perspective <name>',
      'with --from: whose point of view, e.g. community, people-using-services, staff, partner, mixed, independent',
    )
    .option('--by <text>', 'with --from: who is assessing, a role or group (e.g. "residents\' panel")')
    .option(
      '--resume',
      'carry on with an existing file (one stopped with Ctrl-C, a template, or a copro draft): ask what is still unknown, and check each suggestion',
    )
    .option(...FRAMEWORK)
    .option(...NO_COLOR)
    .action(async (file: string, options: InitOptions) => setExit(await runInit(file, options)));
}

function addDraft(cli: Command, setExit: SetExit): void {
  cli
    .command('review')
    .description(
      'check a project file copro draft wrote, in a few minutes: missing details, each suggestion with its sentence, then the questions that would most change the verdict',
    )
    .argument('<file>', 'the drafted project file; it is rewritten with what you checked')
    .option('-f, --framework <path>', 'another criteria framework (default: the bundled one)')
    .option('--no-color', 'never colour the output')
    .action(async (file: string, options: ReviewOptions) => setExit(await runReview(file, options)));

  cli
    .command('draft')
    .description(
      'propose a project file from an email, document or web page (.txt, .md, .html, .eml, .docx, .pdf), for a person to check',
    )
    .argument('<paths...>', 'documents or folders of them, or - for standard input')
    .option('-o, --output <file>', 'write the draft to this file (one input only; never replaces a file)')
    .option('--out-dir <folder>', 'write one draft for each input into this folder (never replaces a file)')
    .option('-f, --framework <path>', 'another criteria framework, with its own cues (default: the bundled one)')
    .addOption(
      new Option('--format <name>', 'what it found, as text on standard error or json on standard output')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option(...NO_COLOR)
    .option(...QUIET)
    .action(async (paths: string[], options: import('./draft.js').DraftOptions) => {
      // Loaded only when asked for: drafting brings document parsers no other command needs.
      const { runDraft } = await import('./draft.js');
      setExit(await runDraft(paths, options));
    });
}

function addSchema(cli: Command, setExit: SetExit): void {
  cli
    .command('schema')
    .description('print a JSON Schema: for project files, frameworks, the JSON report, or the JSON comparison')
    .argument('<name>', SCHEMA_NAMES.join(', '))
    .option(
      '-f, --framework <path>',
      "project schema only: offer this framework's stages, levels and questions to editors",
    )
    .action(async (name: string, options: SchemaOptions) => setExit(await runSchema(name, options)));
}

function addHub(cli: Command, setExit: SetExit): void {
  cli
    .command('hub')
    .description(
      'build a static resource hub (a folder of web pages) from project files: an index, a page per project, class and term',
    )
    .argument('<paths...>', 'project files or folders of them')
    .requiredOption(
      '-o, --output <folder>',
      'the folder to write the site to (replaced whole; only changed files are rewritten)',
    )
    .option(...FRAMEWORK)
    .option('--title <text>', "the hub's name, shown on every page")
    .option(
      '--settings <file>',
      "the hub's title and the strapline under it, from a YAML file (default: copro's criteria/hub.yaml)",
    )
    .option(
      '--include-drafts',
      'list drafts (files with suggestions no one has checked) in the index, marked as drafts and without a score',
    )
    .option(
      '--consented-only',
      'publish only files that say the people involved agreed (publish: { consent: true }); by default only files that say no are left out',
    )
    .option(
      '--plain-json',
      'also write the JSON report uncompressed, as projects.json beside projects.json.gz (which is always written)',
    )
    .option(
      '--submit-to <email>',
      'on the self-assessment page (assess.html), offer to share a project by email to this address',
    )
    .option(...QUIET)
    .option(...FOLLOW_LINKS)
    .action(async (paths: string[], options: HubOptions) =>
      setExit(await (await import('./hub.js')).runHub(paths, options)),
    );
}

function addForm(cli: Command, setExit: SetExit): void {
  cli
    .command('form')
    .description(
      'write the self-assessment page: one file that asks the questions and scores the answers in a browser, nothing to install',
    )
    .requiredOption('-o, --output <file>', 'the HTML file to write (replaced atomically)')
    .option(...FRAMEWORK)
    .option('--submit-to <email>', 'offer to share a project by email to this address')
    .option(...QUIET)
    .action(async (options: FormOptions) => setExit(await (await import('./form.js')).runForm(options)));
}

/**
 * Every signal that would end copro and that a program may catch: Ctrl-C, SIGTERM, a closed
 * terminal (SIGHUP), SIGQUIT, SIGALRM, resource limits. SIGKILL and SIGSTOP cannot be caught;
 * SIGUSR1 belongs to Node's debugger; SIGPIPE is ignored by Node. SIGPROF and SIGVTALRM are left
 * to profilers: `node --cpu-prof` samples with SIGPROF, and catching it ended every profiled run.
 */
const CATCHABLE_SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGALRM',
  'SIGUSR2',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGPOLL',
  'SIGPWR',
  'SIGSYS',
] as const satisfies readonly NodeJS.Signals[];

/** On any of them: remove unfinished output files (the previous report stays), exit as shells report the signal (128 + its number). */
function abortOnInterrupt(): void {
  for (const signal of CATCHABLE_SIGNALS) {
    const number = osConstants.signals[signal as keyof typeof osConstants.signals];
    if (number === undefined) continue; // not a signal on this system
    // `on`, not `once`: a second signal while the first is handled (a second Ctrl-C, a service
    // manager repeating SIGTERM) would otherwise meet the default action and end copro mid-cleanup.
    process.on(signal, () => {
      abortOpenOutputs();
      process.exit(signal === 'SIGINT' ? EXIT.interrupted : signal === 'SIGTERM' ? EXIT.terminated : 128 + number);
    });
  }
}

/**
 * Runs copro with `argv` (as process.argv: node, the script, then the arguments) and gives its exit
 * code. As a program (bin/copro.js) it writes to the process's streams and owns the process: a
 * closed pipe or a signal ends it. Given `streams`, it runs in-process (the tests, a program that
 * embeds copro): it writes only to those, installs no signal or pipe handlers and never exits the
 * process, so the caller can run it again.
 */
export async function main(argv: string[], streams?: RunStreams): Promise<number> {
  if (streams) return withStreams(streams, () => run(argv));
  quietOnClosedPipe();
  abortOnInterrupt();
  return run(argv);
}

async function run(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
  } catch (error) {
    abortOpenOutputs();
    if (error instanceof CommanderError) {
      // Help and --version end with code 0; every other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    if (error instanceof UsageError) {
      notice(`copro: ${error.message}`);
      printErrors(error.errors);
      return EXIT.cannotRun;
    }
    notice(`copro: something went wrong inside copro: ${(error as Error).message ?? String(error)}`);
    if (process.env.COPRO_DEBUG) writeStderr(`${(error as Error).stack}\n`);
    return EXIT.cannotRun;
  }
  return exitCode;
}
