// Where a command's output goes: standard output, or -o <file> (written atomically). A failure to
// write (a full disk, -o naming a folder) is a plain usage error; the previous file stays.
import { UsageError } from '../io/input-error.js';
import { describeFsError } from '../io/fs-errors.js';
import { fileOutput, stdoutOutput, type TextOutput } from '../io/text-output.js';

function couldNotWrite(file: string, error: unknown): UsageError {
  return new UsageError(`the output could not be written to ${file}: ${describeFsError(error)}`);
}

export function openOutput(file: string | undefined): TextOutput {
  if (!file) return stdoutOutput();
  let output: TextOutput;
  try {
    output = fileOutput(file);
  } catch (error) {
    throw couldNotWrite(file, error);
  }
  const explained = (action: () => void) => {
    try {
      action();
    } catch (error) {
      throw couldNotWrite(file, error);
    }
  };
  return { ...output, write: (text) => explained(() => output.write(text)), close: () => explained(() => output.close()) };
}
