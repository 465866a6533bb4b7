// Hangs (issue 11.1-11.3): inputs that once made copro loop or block for ever, deaf to signals.
// Each case must end on its own, or stop at SIGTERM with exit 143, well inside HANG_GUARD_MS:
// these are hang guards with wide margins, not timings (speed is measured in npm run bench).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type Started } from '../cli-process.js';
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

/** Sends SIGTERM after `afterMs` (unless the run has ended) and returns how it ended and how long the signal took. */
async function terminated({ child, done }: Started, afterMs = 500) {
  let signalledAt: number | undefined;
  const timer = setTimeout(() => {
    signalledAt = Date.now();
    child.kill('SIGTERM');
  }, afterMs);
  const run = await done;
  clearTimeout(timer);
  return { ...run, signalled: signalledAt !== undefined, tookMs: signalledAt === undefined ? 0 : Date.now() - signalledAt };
}

describe('the batch table with an absolute path before a relative one (11.1)', () => {
  // (More shapes of path, "/" and ".." among them, are in test/unit/table-batch.test.ts.)
  for (const args of [[DUNDEE, 'rel.yaml'], [DUNDEE, 'missing.yaml'], ['rel.yaml', DUNDEE], ['../' + 'x/../missing.yaml', DUNDEE]]) {
    it(`copro assess ${args.join(' ')} ends by itself, with the table`, async () => {
      const run = await terminated(startCli(['assess', ...args], { cwd: dir.path }), 5_000);
      expect(run.signalled).toBe(false);
      expect(run.stdout).toContain('Dundee Decides');
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }, 20_000);
  }
});

describe('a named pipe (FIFO) given by name (11.2), and signals while waiting on it (11.3)', () => {
  it('with nobody writing: SIGTERM ends the run at once with 143', async () => {
    const run = await terminated(startCli(['assess', 'ff.yaml'], { cwd: dir.path }));
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });

  it('as the parent of a framework (extends:): SIGTERM ends the run with 143', async () => {
    const run = await terminated(startCli(['assess', 'rel.yaml', '-f', 'extends-fifo.yaml'], { cwd: dir.path }));
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });

  it('with a writer that never writes: SIGINT ends it with 130', async () => {
    const writer = spawn('sh', ['-c', `exec 3>'${at('silent-writer.yaml')}'; exec sleep 30`]);
    try {
      const { child, done } = startCli(['validate', 'silent-writer.yaml'], { cwd: dir.path });
      setTimeout(() => child.kill('SIGINT'), 500);
      const run = await done;
      expect(run.code).toBe(130);
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
    const run = await terminated(startCli(['assess', '-'], { cwd: dir.path, keepStdinOpen: true }));
    expect(run.code).toBe(143);
    expect(run.tookMs).toBeLessThan(HANG_GUARD_MS);
  });
});
