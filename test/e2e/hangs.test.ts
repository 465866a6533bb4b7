// Hangs (issue 11.1-11.3): inputs that once made copro loop or block for ever, deaf to signals.
// Each case must end on its own, or stop at SIGTERM with exit 143, well inside HANG_GUARD_MS:
// these are hang guards with wide margins, not timings (speed is measured in npm run bench).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, temporaryFiles, waitFor, type Started } from '../cli-process.js';
import { EXAMPLES, STACK_TRACE, tempDir } from '../helpers.js';

const HANG_GUARD_MS = 2_000;
const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const DUNDEE = join(EXAMPLES, 'dundee-decides.yaml');

beforeAll(() => {
  copyFileSync(DUNDEE, at('rel.yaml'));
  for (const name of ['ff.yaml', 'silent-writer.yaml', 'written.yaml']) execFileSync('mkfifo', [at(name)]);
  execFileSync('mkfifo', [at('parent-fifo.yaml')]);
  writeFileSync(at('extends-fifo.yaml'), 'extends: parent-fifo.yaml\n');
});
afterAll(() => dir.remove());

/** True once the process holds `file` open: it is then past start-up, with its signal handlers set. */
function holdsOpen(pid: number | undefined, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/**
 * Sends `signal` once `ready` holds (or after `afterMs` when there is nothing to wait for), unless
 * the run has ended; returns how it ended and how long the signal took to end it.
 */
async function terminated(
  { child, done }: Started,
  {
    afterMs = 500,
    ready,
    signal = 'SIGTERM',
  }: { afterMs?: number; ready?: () => boolean; signal?: NodeJS.Signals } = {},
) {
  let signalledAt: number | undefined;
  let ended = false;
  void done.then(() => (ended = true));
  const send = () => {
    if (ended) return;
    signalledAt = Date.now();
    child.kill(signal);
  };
  const timer = ready ? undefined : setTimeout(send, afterMs);
  if (ready) void waitFor(() => ended || ready(), 'the run to be waiting').then(send);
  const run = await done;
  clearTimeout(timer);
  return {
    ...run,
    signalled: signalledAt !== undefined,
    tookMs: signalledAt === undefined ? 0 : Date.now() - signalledAt,
  };
}

describe('the batch table with an absolute path before a relative one (11.1)', () => {
  // (More shapes of path, "/" and ".." among them, are in test/unit/table-batch.test.ts.)
  for (const args of [
    [DUNDEE, 'rel.yaml'],
    [DUNDEE, 'missing.yaml'],
    ['rel.yaml', DUNDEE],
    ['../' + 'x/../missing.yaml', DUNDEE],
  ]) {
    it(`copro assess ${args.join(' ')} ends by itself, with the table`, async () => {
      const run = await terminated(startCli(['assess', ...args], { cwd: dir.path }), { afterMs: 5_000 });
      expect(run.signalled).toBe(false);
      expect(run.stdout).toContain('Dundee Decides');
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }, 20_000);
  }
});

describe('a named pipe (FIFO) given by name (11.2), and signals while waiting on it (11.3)', () => {
  it('with nobody writing: SIGTERM ends the run at once with 143', async () => {
    const started = startCli(['assess', 'ff.yaml'], { cwd: dir.path });
    const run = await terminated(started, { ready: () => holdsOpen(started.child.pid, at('ff.yaml')) });
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });

  it('as the parent of a framework (extends:): SIGTERM ends the run with 143', async () => {
    const started = startCli(['assess', 'rel.yaml', '-f', 'extends-fifo.yaml'], { cwd: dir.path });
    const run = await terminated(started, { ready: () => holdsOpen(started.child.pid, at('parent-fifo.yaml')) });
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });

  it('with a writer that never writes: SIGINT ends it with 130', async () => {
    const writer = spawn('sh', ['-c', `exec 3>'${at('silent-writer.yaml')}'; exec sleep 30`]);
    try {
      const started = startCli(['validate', 'silent-writer.yaml'], { cwd: dir.path });
      const run = await terminated(started, {
        signal: 'SIGINT',
        ready: () => holdsOpen(started.child.pid, at('silent-writer.yaml')),
      });
      expect(run.code).toBe(130);
      expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
    } finally {
      writer.kill();
    }
  });

  it('what is written into it is read and scored', async () => {
    const writer = spawn('sh', ['-c', `cat '${DUNDEE}' > '${at('written.yaml')}'`]);
    const run = await startCli(['assess', 'written.yaml', '--format', 'json'], { cwd: dir.path }).done;
    writer.kill();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results[0].project.name).toBe('Dundee Decides');
  });

  it('standard input left open: SIGTERM ends the run with 143', async () => {
    // The report's temporary file is made before standard input is read: then the run is waiting.
    const started = startCli(['assess', '-', '-o', 'stdin-report.json'], { cwd: dir.path, keepStdinOpen: true });
    const run = await terminated(started, { ready: () => temporaryFiles(dir.path).length > 0 });
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });
});
