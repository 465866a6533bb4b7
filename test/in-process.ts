// copro run in-process, through `main(argv, { stdout, stderr })`: the same commands, options,
// messages and exit codes as the built CLI, without starting a Node process for each run (which
// costs a few hundred milliseconds on a busy machine). For text-only checks. What depends on the
// process itself stays with helpers.ts's runCli and cli-process.ts: standard input and pipes,
// signals, descriptors (/dev/stdout), terminals, the environment (limits), the working folder,
// worker threads (--jobs), and the built bundle and its launcher.
import { main } from '../src/cli/main.js';
import type { CliRun } from './helpers.js';

export interface InProcessOptions {
  /** Standard output is a terminal this many columns wide (colour then depends on NO_COLOR, as at a terminal). */
  terminalColumns?: number;
}

export async function runMain(args: string[], options: InProcessOptions = {}): Promise<CliRun> {
  if (args.includes('-')) throw new Error('runMain: `-` reads standard input, a pipe: use runCli for it');
  const stdout: Buffer[] = [];
  let stderr = '';
  const code = await main(['node', 'copro', ...args], {
    stdout: {
      write: (data) => stdout.push(Buffer.from(data)),
      isTTY: options.terminalColumns !== undefined,
      columns: options.terminalColumns,
    },
    stderr: { write: (text) => (stderr += text) },
    // As runCli starts copro: with neither NO_COLOR nor FORCE_COLOR from the test's own environment.
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
  });
  return { stdout: Buffer.concat(stdout).toString('utf8'), stderr, code };
}
