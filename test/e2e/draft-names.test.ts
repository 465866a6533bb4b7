// Issue 23 D4 and the draft's text: one draft per input even when two inputs share a name, and no
// control or bidirectional-override character from a document reaches the draft.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
afterAll(() => dir.remove());

describe('inputs that share a name (D4)', () => {
  it('report.txt and report.md with --out-dir: one draft each, named apart', async () => {
    mkdirSync(at('inbox'));
    writeFileSync(at('inbox', 'report.txt'), 'Residents voted on how the budget was spent.\n');
    writeFileSync(at('inbox', 'report.md'), 'Tenants designed the new service with staff.\n');
    const run = await runMain(['draft', at('inbox'), '--out-dir', at('drafts'), '-q']);
    expect(run.code, run.stderr).toBe(0);
    const drafts = readdirSync(at('drafts')).sort();
    expect(drafts).toHaveLength(2);
    expect(drafts).toContain('report.yaml');
    const texts = drafts.map((name) => readFileSync(at('drafts', name), 'utf8'));
    expect(texts.some((text) => text.includes('report.txt'))).toBe(true);
    expect(texts.some((text) => text.includes('report.md'))).toBe(true);
  });
});

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u202A-\u202E\u2066-\u2069\u0080-\u009F\u001b]/;

describe('control characters in a document', () => {
  const hostile = 'Residents \u202Edesigned\u202C the garden \u009B31m with staff \u001b[2J and voted.\n';

  it('are stripped from the draft written to standard output', async () => {
    writeFileSync(at('hostile.txt'), hostile);
    const run = await runMain(['draft', at('hostile.txt'), '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('designed');
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  it('are stripped from the draft written to a file', async () => {
    const run = await runMain(['draft', at('hostile.txt'), '-o', at('hostile.yaml'), '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(at('hostile.yaml'), 'utf8')).not.toMatch(UNSAFE);
  });
});
