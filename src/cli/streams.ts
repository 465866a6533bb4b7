// Where a run of copro writes: the process's own standard output and error, or, when copro is run
// in-process (`main(argv, { stdout, stderr })`: the tests, a program that embeds copro), the
// streams its caller gave. Every message and report of the commands goes through here, so an
// in-process run writes nothing to the process's own streams.
import { readerGone } from '../io/reader-gone.js';

/** What an in-process run writes its report to; a terminal only if it says so. */
export interface RunStdout {
  write(data: string | Uint8Array): unknown;
  /** True if this is a terminal (colour and the terminal's width); absent is false. */
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface RunStreams {
  stdout: RunStdout;
  stderr: { write(text: string): unknown };
  /** The environment the colour decision reads (NO_COLOR, FORCE_COLOR, TERM); default process.env. */
  env?: NodeJS.ProcessEnv;
}

let given: RunStreams | undefined;

/** The streams of the in-process run under way, if there is one (else the process's own are used). */
export function inProcessStreams(): RunStreams | undefined {
  return given;
}

/**
 * Runs `run` with copro writing to `streams`. One run at a time: the streams are the run's, like
 * the process's own, so a second run begun before the first has ended is refused, not mixed in.
 */
export async function withStreams<T>(streams: RunStreams, run: () => Promise<T>): Promise<T> {
  if (given) throw new Error('copro is already running in this process: wait for the run under way to end');
  given = streams;
  try {
    return await run();
  } finally {
    given = undefined;
  }
}

/** Text for a person on standard error (messages, progress, what was found). */
export function writeStderr(text: string): void {
  if (given) given.stderr.write(text);
  else if (!readerGone('stderr')) process.stderr.write(text);
}

/** Text for standard output that does not go through a report's output (help, a draft on `-`). */
export function writeStdout(text: string): void {
  if (given) given.stdout.write(text);
  else if (!readerGone('stdout')) process.stdout.write(text);
}
