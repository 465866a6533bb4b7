// Issue 11 through the built CLI: file contents that leaked into reports (11.7), a tab in a file
// name (11.12), a name of 100,000 spaces (11.14), a framework's .nan (11.16), a file name that
// injected a key (11.19), a folder on standard input (11.20). The pure cases are in
// test/unit/red-team.test.ts; hangs in hangs.test.ts; outputs in outputs.test.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../cli-process.js';
import { BIN, EXAMPLES, ROOT, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const DUNDEE = join(EXAMPLES, 'dundee-decides.yaml');
const LONG_KEYS = join(ROOT, 'test', 'corpus', 'projects', 'long-unknown-keys.yaml');
/** A line of the linked "secret" file, longer than anything a message may quote. */
const SECRET_LINE = readFileSync(LONG_KEYS, 'utf8').split('\n')[2]!.split(': leaked')[0]!;

beforeAll(() => {
  // A project folder with a link to a file outside it, standing in for /etc/shadow.
  mkdirSync(at('outside'));
  copyFileSync(LONG_KEYS, at('outside', 'secrets'));
  mkdirSync(at('projects'));
  copyFileSync(DUNDEE, at('projects', 'dundee.yaml'));
  symlinkSync(at('outside', 'secrets'), at('projects', 'shadow.yaml'));
  mkdirSync(at('tabs'));
  copyFileSync(DUNDEE, at('tabs', 'a\tb.yaml'));
  copyFileSync(DUNDEE, at('tabs', 'plain.yaml'));
});
afterAll(() => dir.remove());

describe('file contents do not leak into reports (11.7)', () => {
  it('a link out of the folder is reported, not read, and says how to read it', async () => {
    const run = await runCliAsync(['assess', at('projects'), '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.results).toHaveLength(1);
    expect(report.errors).toEqual([
      {
        file: at('projects', 'shadow.yaml'),
        message:
          'this is a symbolic link to something outside the folder being searched, so copro did not read it (add --follow-links to read it)',
      },
    ]);
    expect(run.stderr).not.toContain('payroll');
  });

  it('with --follow-links, a linked file that is no project file gets one line, quoting nothing of it', async () => {
    const run = await runCliAsync(['assess', at('projects'), '--follow-links', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).errors).toEqual([
      {
        file: at('projects', 'shadow.yaml'),
        line: 3,
        column: 1,
        message: 'not a copro project file: it has none of "name", "stages" and "answers" (-v lists every difference)',
      },
    ]);
    expect(run.stderr).not.toContain('payroll');
  });

  // -v lists every difference: still at most 40 characters of a line, in at most 20 of them.
  for (const format of ['json', 'csv', 'html', 'markdown', 'table']) {
    it(`with --follow-links -v, --format ${format} quotes at most 40 characters of a line, in at most 20 problems and "and N more"`, async () => {
      const run = await runCliAsync(['assess', at('projects'), '--follow-links', '-v', '--format', format]);
      expect(run.code).toBe(2);
      for (const text of [run.stdout, run.stderr]) {
        expect(text).not.toContain(SECRET_LINE.slice(0, 41));
        expect(text).not.toContain('S3CRET-PASSWORD-30'); // past the 20th problem: not shown at all
      }
      expect(run.stderr).toContain('shadow.yaml: and 41 more problems in this file, not shown');
    });
  }

  it('validate --follow-links says the same, no more', async () => {
    const run = await runCliAsync(['validate', at('projects'), '--follow-links', '-v', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain(SECRET_LINE.slice(0, 41));
    const shadow = JSON.parse(run.stdout).files.find((f: { file: string }) => f.file.endsWith('shadow.yaml'));
    // The "not a copro project file" line, then its differences: 20 and "and 41 more".
    expect(shadow.errors).toHaveLength(22);
    expect(shadow.errors.at(-1).message).toBe('and 41 more problems in this file, not shown');
  });

  it('a link inside the folder is read as before', async () => {
    mkdirSync(at('inside'));
    copyFileSync(DUNDEE, at('inside', 'real.yaml'));
    symlinkSync('real.yaml', at('inside', 'alias.yaml'));
    const run = await runCliAsync(['assess', at('inside'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results).toHaveLength(1);
  });
});

describe('a tab in a file name keeps the batch table aligned (11.12)', () => {
  it('every row of the table is as wide as the others', async () => {
    const run = await runCliAsync(['assess', at('tabs')], { env: { COLUMNS: '120' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\t');
    expect(run.stdout).toContain('a b.yaml');
    const rows = run.stdout.split('\n').filter((line) => /^[│┌├└]/.test(line));
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });
});

describe('a name of "a", 100,000 spaces and "b" (11.14)', () => {
  beforeAll(() => writeFileSync(at('spaces.yaml'), `name: "a${' '.repeat(100_000)}b"\nstages:\n  design: consult\n`));
  for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
    it(`--format ${format} ends (a hang guard, not a timing)`, async () => {
      const started = Date.now();
      const run = await runCliAsync(['assess', at('spaces.yaml'), '--format', format]);
      expect(run.code).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    }, 30_000);
  }
});

describe('a framework with .nan points is refused by validate and assess, so no score is ever NaN (11.16)', () => {
  const framework = join(ROOT, 'test', 'corpus', 'frameworks', 'points-nan.yaml');
  it('validate --framework', async () => {
    const run = await runCliAsync(['validate', '--framework', framework]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/points-nan\.yaml:5:18: "yes" should be at most 100, not \.nan/);
  });
  it('assess --min-score 99 does not pass', async () => {
    const run = await runCliAsync(['assess', DUNDEE, '-f', framework, '--min-score', '99', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^copro: the framework is not valid\n/);
  });
});

describe('copro init --yes with a file name that holds line breaks (11.19)', () => {
  it('writes a valid template with exactly the keys of a template', async () => {
    const name = 'p\nname: injected\n.yaml';
    const run = await runCliAsync(['init', '--yes', name], { cwd: dir.path });
    expect(run.code).toBe(0);
    const text = readFileSync(at(name), 'utf8');
    expect(Object.keys(parse(text) as object).sort()).toEqual(['answers', 'name', 'stages']);
    expect(text).toContain('`copro validate "p\\nname: injected\\n.yaml"`');
    expect((await runCliAsync(['validate', name], { cwd: dir.path })).code).toBe(0);
  });
});

describe('standard input that is a folder (11.20)', () => {
  for (const command of ['assess', 'validate']) {
    it(`copro ${command} - < folder says so`, () => {
      const run = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' ${command} - < '${dir.path}'`], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toContain(
        '<stdin>: standard input is a folder, not a file: name the folder instead of - (copro assess <folder>)',
      );
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).not.toContain('empty');
    });
  }
});

describe('a framework whose labels carry escape sequences (11.11, corpus escape-labels.yaml)', () => {
  const framework = join(ROOT, 'test', 'corpus', 'frameworks', 'escape-labels.yaml');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const ACTIVE = /[\u001b\u0007\u009b\u202e]/;

  it('is valid, and copro criteria shows it without them', async () => {
    const run = await runCliAsync(['criteria', '-f', framework]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Shared power');
    expect(run.stdout).not.toMatch(ACTIVE);
  });

  it('copro init --yes -f writes a template without them', async () => {
    const run = await runCliAsync(['init', '--yes', '-f', framework, 'escaped.yaml'], { cwd: dir.path });
    expect(run.code).toBe(0);
    expect(`${run.stdout}${run.stderr}${readFileSync(at('escaped.yaml'), 'utf8')}`).not.toMatch(ACTIVE);
  });
});
