// What copro knows about where it is writing: stdout for the report, stderr for everything else.
import { formatInputError, type InputError } from '../core/model/input-error.js';
import { oneLine, terminalSafe } from '../render/text/safe-text.js';
import { PLAIN_STYLE, colourStyle, type Style } from '../render/text/style.js';
import { isatty } from 'node:tty';
import { EXIT } from './exit-codes.js';
import { inProcessStreams, writeStderr } from './streams.js';
import { markReaderGone, readerGone } from '../io/reader-gone.js';

/**
 * Colour only for a person at a terminal: never with NO_COLOR or --no-color (`colorFlag` false).
 * Only text for standard output ever asks: the table, validate's text and init's questions
 * (JSON, CSV, Markdown and HTML renderers take no Style at all).
 */
export function wantsColour(
  colorFlag: boolean,
  env = inProcessStreams()?.env ?? process.env,
  isTTY = stdoutIsTerminal(),
): boolean {
  if (!colorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY && env.TERM !== 'dumb';
}

export async function styleFor(colorFlag: boolean): Promise<Style> {
  return wantsColour(colorFlag) ? colourStyle() : PLAIN_STYLE;
}

/** Standard output is a terminal: the process's own, or the in-process run's if it says so. */
function stdoutIsTerminal(): boolean {
  const streams = inProcessStreams();
  return streams ? streams.stdout.isTTY === true : isatty(1);
}

/** The width of text written to a file: the same whatever terminal the run was started from. */
export const FILE_WIDTH = 100;

function terminalColumns(): number | undefined {
  const streams = inProcessStreams();
  if (streams) return streams.stdout.isTTY ? streams.stdout.columns : undefined;
  return isatty(1) ? process.stdout.columns : undefined;
}

/**
 * How wide to lay out text: the terminal's width on standard output, a fixed width in a file.
 * (Asking isatty first: process.stdout is made only when something is written to it.)
 */
export function textWidth(toStdout: boolean, columns?: number): number {
  if (!toStdout) return FILE_WIDTH;
  // Asked only for text laid out on standard output (a table), never for JSON or a file.
  return Math.max(60, Math.min(columns ?? terminalColumns() ?? FILE_WIDTH, 160));
}

export function printErrors(errors: InputError[]): void {
  for (const error of errors) writeStderr(`${oneLine(formatInputError(error))}\n`);
}

/** A line for a person on standard error; file names and other user text in it are stripped of control sequences. */
export function notice(message: string, quiet = false): void {
  if (!quiet) writeStderr(`${oneLine(message)}\n`);
}

/**
 * Commander's own errors in the style of every other copro message (docs/guide.md, "Messages"):
 * `error: unknown command 'asess'\n(Did you mean assess?)` becomes
 * `copro: unknown command "asess" — did you mean "assess"?`.
 */
export function inCoproStyle(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  let message = first.replace(/^error: /, 'copro: ').replace(/'([^']*)'/g, '"$1"');
  const others: string[] = [];
  for (const line of rest) {
    const suggestion = line.match(/^\(Did you mean (?:one of )?(.+)\?\)$/);
    if (suggestion)
      message += ` — did you mean ${suggestion[1]!
        .split(', ')
        .map((word) => `"${word}"`)
        .join(' or ')}?`;
    else others.push(line);
  }
  return [message, ...others].join('\n');
}

/** Text written for commander (usage errors, which repeat what was typed), made terminal-safe. */
export function writeSafeError(text: string): void {
  writeStderr(terminalSafe(text));
}

/**
 * Writing into a closed pipe (`copro … | head`) is not an error: nothing more is written there,
 * and the run goes on to the exit code it would have had (reader-gone.ts says why). Any other
 * failure to write the report (a full disk behind `> file`) is said in words, with exit 2.
 */
function stopOnWriteError(stream: NodeJS.WriteStream, isStdout: boolean): void {
  const name = isStdout ? 'stdout' : 'stderr';
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // After the reader has gone, the stream may still report the writes it had queued.
    if (error.code === 'EPIPE' || readerGone(name)) return markReaderGone(name);
    if (isStdout)
      process.stderr.write(
        `copro: the report could not be written to standard output (${error.code ?? error.message})\n`,
      );
    process.exit(EXIT.cannotRun);
  });
}

/**
 * Node makes process.stdout and process.stderr when first asked for them, which costs a few
 * milliseconds each (a run that says nothing on standard error never needs it). So the handlers
 * are attached as each stream is made, not by asking for the streams at start.
 */
export function quietOnClosedPipe(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const made = Object.getOwnPropertyDescriptor(process, name);
    if (!made?.get || !made.configurable) {
      stopOnWriteError(process[name], name === 'stdout'); // not Node's lazy getter: attach now
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: made.enumerable,
      get() {
        const stream = made.get!.call(process) as NodeJS.WriteStream;
        Object.defineProperty(process, name, { configurable: true, enumerable: made.enumerable, get: made.get });
        stopOnWriteError(stream, name === 'stdout');
        return stream;
      },
    });
  }
}
