// Where a command's output goes: standard output, or -o <file> (written atomically). A failure to
// write (a full disk, -o naming a folder) is a plain usage error; the previous file stays.
import { statSync } from 'node:fs';
import { UsageError } from '../io/usage-error.js';
import { describeFsError } from '../io/fs-errors.js';
import { fileOutput, stdoutOutput, type TextOutput } from '../io/text-output.js';
import { inProcessStreams, type RunStdout } from './streams.js';

function couldNotWrite(file: string, error: unknown): UsageError {
  return new UsageError(`the output could not be written to ${file}: ${describeFsError(error, 'write')}`);
}

/** A folder is refused as the output is opened, before any scoring: the rename into it would fail only at the end. */
function refuseFolder(file: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw couldNotWrite(file, Object.assign(new Error(), { code: 'EISDIR' }));
}

/** The same output, with every failure to write (a full disk) said in words that name the file. */
export function explainFailures(output: TextOutput, file: string): TextOutput {
  const explained =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      try {
        action(...args);
      } catch (error) {
        throw couldNotWrite(file, error);
      }
    };
  return {
    name: output.name,
    isStdout: output.isStdout,
    write: explained((text: string) => output.write(text)),
    ...(output.writeBytes && { writeBytes: explained((bytes: Uint8Array) => output.writeBytes!(bytes)) }),
    finish: explained(() => output.finish()),
    close: explained(() => output.close()),
    abort: () => output.abort(),
  };
}

/** The standard output of an in-process run: the caller's stream, which copro neither closes nor replaces. */
function givenStdout(stdout: RunStdout): TextOutput {
  const write = (data: string | Uint8Array) => void stdout.write(data);
  const nothing = () => undefined;
  return {
    name: 'standard output',
    isStdout: true,
    write,
    writeBytes: write,
    finish: nothing,
    close: nothing,
    abort: nothing,
  };
}

export function openOutput(file: string | undefined): TextOutput {
  if (!file) {
    const given = inProcessStreams()?.stdout;
    return explainFailures(given ? givenStdout(given) : stdoutOutput(), 'standard output');
  }
  try {
    refuseFolder(file);
    return explainFailures(fileOutput(file), file);
  } catch (error) {
    // A name that cannot even be looked at (under a file: ENOTDIR; another user's /proc) is said in words too.
    if (error instanceof UsageError) throw error;
    throw couldNotWrite(file, error);
  }
}
