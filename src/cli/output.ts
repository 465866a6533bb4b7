// The last step of every command: the rendered report to stdout, or atomically to -o <file>.
import { writeFileAtomic } from '../io/write-output.js';
import type { InputError } from '../io/input-error.js';
import { describeFsError } from '../io/read-yaml.js';

export async function deliver(content: string, output: string | undefined): Promise<InputError | undefined> {
  if (!output) {
    process.stdout.write(content);
    return undefined;
  }
  try {
    await writeFileAtomic(output, content);
    return undefined;
  } catch (error) {
    return { file: output, message: `the report could not be written: ${describeFsError(error)}` };
  }
}
