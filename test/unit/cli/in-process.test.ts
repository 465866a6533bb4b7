// `main(argv, { stdout, stderr })`: copro run inside another program (the tests) writes only to
// the streams it is given, never ends or takes over the process, and leaves nothing behind for
// the next run.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { ANSI, EXAMPLES } from '../../helpers.js';
import { runMain } from '../../in-process.js';

afterEach(() => vi.restoreAllMocks());

const DUNDEE = join(EXAMPLES, 'dundee-decides.yaml');
const listenerCounts = () =>
  ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'].map((event) => process.listenerCount(event as NodeJS.Signals));

describe('copro in-process', () => {
  it('writes the report and messages to the streams it is given, and nothing to the process', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('copro ended the process');
    });
    const ownStdout = vi.spyOn(process.stdout, 'write');
    const ownStderr = vi.spyOn(process.stderr, 'write');
    const listeners = listenerCounts();

    const scored = await runMain(['assess', DUNDEE]);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('Dundee Decides');
    const refused = await runMain(['assess', join(EXAMPLES, 'no-such-file.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/no-such-file\.yaml/);
    const usage = await runMain(['assess', DUNDEE, '--no-such-option']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^copro: unknown option "--no-such-option"/);
    const help = await runMain(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: copro /);

    expect(exit).not.toHaveBeenCalled();
    expect(ownStdout).not.toHaveBeenCalled();
    expect(ownStderr).not.toHaveBeenCalled();
    expect(listenerCounts()).toEqual(listeners);
  });

  it('gives the same result run after run: nothing of one run is left for the next', async () => {
    const first = await runMain(['assess', DUNDEE, '--format', 'json']);
    const failed = await runMain(['assess', DUNDEE, '--fail-under', 'co-production']);
    expect(failed.code).toBe(1);
    const again = await runMain(['assess', DUNDEE, '--format', 'json']);
    expect(again).toEqual(first);
  });

  it('colours the table only for a terminal, as the program does', async () => {
    expect((await runMain(['assess', DUNDEE])).stdout).not.toMatch(ANSI);
    expect((await runMain(['assess', DUNDEE], { terminalColumns: 120 })).stdout).toMatch(ANSI);
    expect((await runMain(['assess', DUNDEE, '--no-color'], { terminalColumns: 120 })).stdout).not.toMatch(ANSI);
  });

  it('refuses a second run while one is under way, rather than mixing their output', async () => {
    const streams = () => ({ stdout: { write: () => true }, stderr: { write: () => true } });
    const first = main(['node', 'copro', 'assess', DUNDEE], streams());
    await expect(main(['node', 'copro', 'assess', DUNDEE], streams())).rejects.toThrow(/already running/);
    expect(await first).toBe(0);
  });
});
