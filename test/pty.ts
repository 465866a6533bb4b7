// Runs the built CLI in a pseudo-terminal, as a person at a terminal would, through util-linux
// `script`; waits for what the program prints and types the answers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { BIN } from './helpers.js';

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;

/** True where util-linux `script` can give the CLI a terminal (Linux; not the BSD `script` of macOS). */
export const HAS_SCRIPT =
  process.platform === 'linux' &&
  spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux');

export const KEY = { enter: '\r', down: '\u001b[B', ctrlC: '\u0003' } as const;

export class TerminalSession {
  private readonly child: ChildProcess;
  /** Everything the terminal received, escape codes and all. */
  raw = '';
  private seen = 0;
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string) {
    const command = ['stty cols 100 rows 50;', 'exec', process.execPath, BIN, ...args]
      .map((p) => (p.endsWith(';') ? p : `'${p.replace(/'/g, "'\\''")}'`))
      .join(' ');
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, TERM: 'xterm' },
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    // Keys typed ahead may arrive after the program has ended (a prompt drawn twice on the
    // terminal is matched twice): the pipe is then closed, which says nothing about the program.
    // What the program did is checked by its exit code and what it showed.
    this.child.stdin!.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far, without terminal escape codes. */
  get text(): string {
    return this.raw.replace(ESCAPES, '');
  }

  /** Waits until `pattern` appears after the last thing waited for, and returns what matched. */
  async waitFor(pattern: RegExp, limitMs = 15_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.text.slice(this.seen);
      const match = pattern.exec(rest);
      if (match) {
        this.seen += match.index + match[0].length;
        return match[0];
      }
      if (this.child.exitCode !== null || Date.now() - started > limitMs) {
        throw new Error(`never saw ${pattern} on the terminal; it showed:\n${rest.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  type(keys: string): void {
    this.child.stdin!.write(keys);
  }

  /** Waits for `pattern`, then types `keys`. */
  async answer(pattern: RegExp, keys: string): Promise<void> {
    await this.waitFor(pattern);
    this.type(keys);
  }

  kill(): void {
    this.child.kill();
  }
}
