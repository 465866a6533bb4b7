// `copro init --resume` on a drafted file, run in-process with an Asker that takes every default:
// every suggestion is kept, and what became of them is told on standard error, never standard
// output (where a report would go).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Asker } from '../../../src/cli/init-questions.js';
import { runInit } from '../../../src/cli/init.js';
import { ROOT, runCli, tempDir } from '../../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
afterEach(() => vi.restoreAllMocks());

const takeDefaults: Asker = {
  text: async ({ default: initial }) => initial ?? '',
  choose: async ({ default: initial }) => initial,
  confirm: async () => false, // "Score it now?": no
  say: () => undefined,
};

describe('copro init --resume on a drafted file', () => {
  it('keeps every suggestion taken as offered, says so on standard error, and the file is no longer a draft', async () => {
    const file = join(dir.path, 'repairs.yaml');
    expect(runCli(['draft', join(ROOT, 'docs', 'email-example.eml'), '-o', file]).code).toBe(0);
    const stderr: string[] = [];
    const stdout: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    const code = await runInit(file, { resume: true, color: false }, takeDefaults);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    // "Staff run the new service" is quoted at deliver with the level left to a person (the service
    // side acting says nothing of whether tenants took part), so one suggestion stays unknown.
    expect(stderr.join('')).toContain('10 suggestions confirmed, 0 changed, 1 left unknown.');
    expect(stdout.join('')).not.toContain('suggestions confirmed');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/DRAFT|suggested: true/);
    // The quoted sentence is written in straight quotes, so no "curly quote" note fires on it.
    expect(text).toContain('evidence: "“Panel members are paid for their time and travel costs are covered.”"');
    const checked = runCli(['validate', file]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).not.toContain('curly quote');
  });

  it('says nothing about suggestions for a file that has none', async () => {
    const file = dir.write('plain.yaml', 'name: Plain\nstages:\n  define: consult\n');
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    expect(await runInit(file, { resume: true, color: false }, takeDefaults)).toBe(0);
    vi.restoreAllMocks();
    expect(stderr.join('')).not.toMatch(/suggestion/);
  });
});
