// One style for every message (docs/guide.md, "Messages"), files copro cannot write refused by their
// extension, and CSV with a byte order mark for Excel.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
afterAll(() => dir.remove());
const dundee = join(EXAMPLES, 'dundee-decides.yaml');

describe('one style for every message', () => {
  it.each([
    [['assess', '--bogus'], 'copro: unknown option "--bogus"'],
    [['asess', 'x.yaml'], 'copro: unknown command "asess" — did you mean "assess"?'],
    [['assess', dundee, '--fromat', 'json'], 'copro: unknown option "--fromat" — did you mean "--format"?'],
    [['assess'], 'copro: missing required argument "paths"'],
    [
      ['assess', dundee, '--format', 'jsn'],
      'copro: unknown format "jsn": use table, json, markdown, csv or html — did you mean "json"?',
    ],
    [
      ['schema', 'projet'],
      'copro: there is no "projet" schema: use project, framework, report or comparison — did you mean "project"?',
    ],
  ])('copro %j starts "copro:", and any suggestion ends the message', async (args, first) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(first);
    expect(run.stderr).not.toMatch(/^error:|\?:|\(Did you mean/m);
  });

  it('locates a problem in a file by file:line:column, without "copro:"', async () => {
    const file = dir.write('typo.yaml', 'name: Typo\nstages:\n  design: colaborate\n');
    const run = await runMain(['assess', file]);
    expect(run.stderr).toBe(
      `${file}:3:11: "colaborate" is not a level: use one of none, inform, consult, involve, collaborate, delegate, unknown, n/a or not-yet — did you mean "collaborate"?\n`,
    );
  });
});

describe('an output file of a kind copro does not write', () => {
  it.each(['report.pdf', 'report.docx', 'report.xlsx'])('-o %s is refused before anything is written', async (name) => {
    const file = join(dir.path, name);
    const run = await runMain(['assess', dundee, '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `copro: cannot write a ${name.slice(name.indexOf('.'))} file (${file}): name it .txt, .json, .md, .csv or .html, or give --format`,
    );
    expect(run.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
  });

  it('writes what --format says into any file name', async () => {
    const file = join(dir.path, 'for-excel.xlsx');
    expect((await runMain(['assess', dundee, '-o', file, '--format', 'csv'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^file,name,class/);
  });

  it('takes a file with no extension, or a known one, as before', async () => {
    expect((await runMain(['assess', dundee, '-o', join(dir.path, 'report')])).code).toBe(0);
    expect((await runMain(['assess', dundee, '-o', join(dir.path, 'report.HTML')])).code).toBe(0);
  });

  it('refuses the same for copro criteria', async () => {
    const run = await runMain(['criteria', '-o', join(dir.path, 'criteria.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('name it .txt or .json');
  });
});

describe('CSV for Excel: --bom', () => {
  it('begins the CSV with a UTF-8 byte order mark, so "£eith" shows as written', async () => {
    const file = join(dir.path, 'bom.csv');
    expect((await runMain(['assess', join(EXAMPLES, 'leith-decides.yaml'), '-o', file, '--bom'])).code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^file,name,/);
    expect(bytes.toString('utf8')).toContain('£eith Decides');
  });

  it('adds no mark without --bom (scripts reading the CSV see the header first)', async () => {
    expect((await runMain(['assess', dundee, '--format', 'csv'])).stdout).toMatch(/^file,name,/);
  });

  it('is a usage error when the run writes no CSV', async () => {
    const run = await runMain(['assess', dundee, '--bom']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('copro: --bom is for CSV reports');
  });

  it('marks a CSV given with --report too', async () => {
    const file = join(dir.path, 'also.csv');
    expect((await runMain(['assess', dundee, '--format', 'json', '--report', `csv=${file}`, '--bom'])).code).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('\uFEFF')).toBe(true);
  });
});

describe('a stray YAML file in a folder of projects', () => {
  const folder = tempDir();
  afterAll(() => folder.remove());
  folder.write(
    'ci.yml',
    'version: "3"\nservices:\n  web: { image: nginx }\njobs:\n  build: { runs-on: ubuntu-latest }\n',
  );
  const project = folder.write('project.yaml', 'name: A real project\n');
  const line = `ci.yml:1:1: not a copro project file: it has none of "name", "stages" and "answers" (-v lists every difference)`;

  it('gets one line, and the others are still scored', async () => {
    const run = await runMain(['assess', folder.path, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${join(folder.path, line)}\n1 of 2 could not be scored; the others were.\n`);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { file: string }) => r.file)).toEqual([project]);
    expect(report.errors).toEqual([
      { file: join(folder.path, 'ci.yml'), line: 1, column: 1, message: line.slice('ci.yml:1:1: '.length) },
    ]);
  });

  it('lists every difference with --verbose, in validate too', async () => {
    const assess = await runMain(['assess', folder.path, '-v', '--format', 'json']);
    expect(JSON.parse(assess.stdout).errors.map((e: { message: string }) => e.message)).toEqual([
      expect.stringContaining('not a copro project file'),
      'the file is missing "name"',
      expect.stringContaining('unknown field "version"'),
      expect.stringContaining('unknown field "services"'),
      expect.stringContaining('unknown field "jobs"'),
    ]);
    expect((await runMain(['validate', folder.path])).stdout).toContain('ci.yml: 1 problem\n');
    expect((await runMain(['validate', folder.path, '--verbose'])).stdout).toContain('ci.yml: 5 problems\n');
  });

  it('still gets every problem when it has a name (a project file with mistakes)', async () => {
    const file = folder.write('other/mistakes.yaml', 'name: Mistakes\ncolour: green\n');
    expect((await runMain(['validate', file])).stdout).toContain('unknown field "colour"');
  });
});

describe('paths in reports a person reads', () => {
  it('are relative to the current folder when given absolute inside it; JSON and CSV keep them as given', () => {
    const absolute = dundee;
    const cwd = join(EXAMPLES, '..');
    for (const format of ['markdown', 'html', 'table']) {
      const run = runCli(['assess', absolute, '--format', format], { cwd });
      expect(run.code, format).toBe(0);
      expect(run.stdout.replace(/<wbr>/g, ''), format).toContain('examples/dundee-decides.yaml');
      expect(run.stdout.replace(/<wbr>/g, ''), format).not.toContain(absolute);
    }
    expect(JSON.parse(runCli(['assess', absolute, '--format', 'json'], { cwd }).stdout).results[0].file).toBe(absolute);
  });

  it('stay as given outside the current folder', () => {
    const run = runCli(['assess', dundee, '--format', 'markdown'], { cwd: dir.path });
    expect(run.stdout).toContain(dundee);
  });

  it('init says the file name as given', () => {
    const run = runCli(['init', '--yes', 'given.yaml'], { cwd: dir.path });
    expect(run.stderr).toContain('Wrote given.yaml:');
  });
});
