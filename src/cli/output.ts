// Where a command's output goes: standard output, or -o <file> (written atomically).
import { UsageError } from '../io/input-error.js';
import { describeFsError } from '../io/read-yaml.js';
import { fileOutput, stdoutOutput, type TextOutput } from '../io/text-output.js';

export function openOutput(file: string | undefined): TextOutput {
  if (!file) return stdoutOutput();
  try {
    return fileOutput(file);
  } catch (error) {
    throw new UsageError(`the output could not be written to ${file}: ${describeFsError(error)}`);
  }
}
