// Running the built CLI as a separate process that the test can watch, signal, or run as another
// user: what the reliability tests need beyond helpers.ts's runCli.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { BIN, ROOT, type CliRun } from './helpers.js';

export interface StartOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Run as this user and group (only root can). */
  uid?: number;
  gid?: number;
  /** Leave standard input open, so a `-` argument waits on it. */
  keepStdinOpen?: boolean;
}

export interface Started {
  child: ChildProcess;
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...extra,
  };
  return env as NodeJS.ProcessEnv;
}

export function startCli(args: string[], options: StartOptions = {}): Started {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  if (!options.keepStdinOpen) child.stdin!.end();
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, code, signal }));
  });
  return { child, done };
}

/** The CLI run to the end, without blocking the test process (so several can run at once). */
export function runCliAsync(args: string[], options: StartOptions = {}): Promise<CliRun> {
  return startCli(args, options).done;
}

/** A shell pipeline, e.g. `copro … | head -c 10`: its stdout, and copro's own stderr and exit code. */
export function runPipeline(
  copro: string[],
  consumer: string,
  stderrFile: string,
): { stdout: string; coproExit: number } {
  const quoted = [process.execPath, BIN, ...copro].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
  const script = `${quoted} 2>'${stderrFile}' | ${consumer}; echo "exit:\${PIPESTATUS[0]}" >&2`;
  const run = spawnSync('bash', ['-c', script], { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
  const coproExit = Number(/exit:(\d+)/.exec(run.stderr)?.[1]);
  return { stdout: run.stdout, coproExit };
}

/** Poll until `test` holds (a file appeared); fails the test after `timeoutMs`. */
export async function waitFor(test: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const temporaryFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

/** Root reads files whatever their mode; to test "permission denied" it must run copro as someone else. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;
export const NOBODY = 65534;

/**
 * True once the process is copro (past exec: until then it is a copy of the test process, with
 * the test process's handlers) and has its own SIGTERM handler, set in main(), from /proc.
 */
function catchesSigterm(pid: number | undefined): boolean {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(BIN)) return false;
    const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return mask !== undefined && (BigInt(`0x${mask}`) & (1n << 14n)) !== 0n; // SIGTERM is 15
  } catch {
    return false;
  }
}

/**
 * The run, sent SIGTERM after `afterMs` (and once copro's handler is set, so a slow start on a busy
 * machine is not mistaken for the step under test) unless it has ended by then, and SIGKILL after
 * `killMs` (a hang guard: a run that hangs ends with signal SIGKILL). `tookMs`: how long SIGTERM
 * took to end it, or undefined when the run ended before the signal was sent.
 */
export async function withSigterm(started: Started, afterMs: number, killMs: number) {
  let signalledAt: number | undefined;
  let ended = false;
  void started.done.then(() => (ended = true));
  const send = () => {
    if (ended) return;
    if (!catchesSigterm(started.child.pid)) {
      signal = setTimeout(send, 10);
      return;
    }
    signalledAt = Date.now();
    started.child.kill('SIGTERM');
  };
  let signal = setTimeout(send, afterMs);
  const kill = setTimeout(() => started.child.kill('SIGKILL'), killMs);
  const run = await started.done;
  clearTimeout(signal);
  clearTimeout(kill);
  return { ...run, tookMs: signalledAt === undefined ? undefined : Date.now() - signalledAt };
}
