// The shareable formats and several reports in one run, through the built CLI.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, runCli, schemaValidator, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const validateReport = await schemaValidator('report');
const dir = tempDir();
const at = (name: string) => join(dir.path, name);

const PROJECT = (name: string) => `name: ${JSON.stringify(name)}
describedAs: co-production
stages:
  define: consult
  design: { level: collaborate, evidence: "Residents wrote the brief" }
  decide: consult
  deliver: consult
`;

let folder: string;
beforeAll(async () => {
  folder = at('batch');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.yaml'), PROJECT('Alpha'));
  writeFileSync(join(folder, 'b.yaml'), PROJECT('=HYPERLINK("http://example.invalid")'));
  writeFileSync(join(folder, 'c.yaml'), PROJECT('Gamma | with a pipe'));
});
afterAll(() => dir.remove());

const leftovers = () => readdirSync(dir.path).filter((n) => n.endsWith('.tmp'));

describe('--format markdown, csv and html', () => {
  it('prints Markdown with a summary table for a folder, never coloured', async () => {
    const run = runCli(['assess', folder, '--format', 'markdown'], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(ANSI);
    const table = marked.lexer(run.stdout).find((t): t is Tokens.Table => t.type === 'table')!;
    const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
    expect(table.rows.map((r) => unescape(r[0]!.text))).toEqual([
      'Alpha',
      '=HYPERLINK("http://example.invalid")',
      'Gamma | with a pipe',
    ]);
  });

  it('prints CSV a spreadsheet can open safely: no formula, one row per project', async () => {
    const run = runCli(['assess', folder, '--format', 'csv'], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
    const rows: Record<string, string>[] = parse(run.stdout, { columns: true });
    expect(rows.map((r) => r.name)).toEqual(['Alpha', `'=HYPERLINK("http://example.invalid")`, 'Gamma | with a pipe']);
    expect(rows.every((r) => r.class === 'partial-co-production' && r['stage:design'] === 'collaborate')).toBe(true);
  });

  it('writes one self-contained HTML page with -o, and nothing to stdout', async () => {
    const out = at('report.html');
    const run = runCli(['assess', folder, '--format', 'html', '-o', out], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('Content-Security-Policy');
    expect(page).not.toMatch(ANSI);
    expect(leftovers()).toEqual([]);
  });
});

describe('several reports in one run', () => {
  it('shows the table on screen while JSON, HTML, CSV and Markdown go to files', async () => {
    const files = { json: at('all.json'), html: at('all.html'), csv: at('all.csv'), markdown: at('all.md') };
    const run = runCli(
      ['assess', folder, '-v', ...Object.entries(files).flatMap(([format, file]) => ['--report', `${format}=${file}`])],
      {
        env: { FORCE_COLOR: '1' },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ANSI); // a table for a person at a terminal (FORCE_COLOR stands in for one)
    expect(run.stdout).toContain('3 of 3 projects scored');
    for (const file of Object.values(files)) {
      expect(readFileSync(file, 'utf8')).not.toMatch(ANSI);
      expect(run.stderr).toContain(`report written to ${file}`);
    }
    const report = JSON.parse(readFileSync(files.json, 'utf8'));
    expect(validateReport(report)).toBe(true);
    expect(report).toEqual(JSON.parse((await runMain(['assess', folder, '--format', 'json'])).stdout));
    expect(readFileSync(files.csv, 'utf8')).toBe((await runMain(['assess', folder, '--format', 'csv'])).stdout);
    expect(readFileSync(files.markdown, 'utf8')).toBe(
      (await runMain(['assess', folder, '--format', 'markdown', '-v'])).stdout,
    );
    expect(leftovers()).toEqual([]);
  });

  it('can send another format to standard output when --format goes to a file', async () => {
    const out = at('main.json');
    const run = await runMain(['assess', folder, '--format', 'json', '-o', out, '--report', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toMatch(
      /^file,name,class,provisional,score,completeness,score-shown,on-course-for,term:claimed,term:supported,/,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.scored).toBe(3);
  });

  it('writes every report even when a threshold is not met, and exits 1', async () => {
    const out = at('below.csv');
    const run = await runMain(['assess', folder, '--fail-under', 'co-production', '--report', `csv=${out}`]);
    expect(run.code).toBe(1);
    expect(parse(readFileSync(out, 'utf8'), { columns: true })).toHaveLength(3);
  });

  it('refuses two reports on standard output, before writing anything', async () => {
    const out = at('never.html');
    const run = await runMain(['assess', folder, '--report', 'csv', '--report', `html=${out}`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/only one report can go to standard output, but table and csv would/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses two reports to one file, and an unknown format with a suggestion', async () => {
    const same = await runMain([
      'assess',
      folder,
      '--format',
      'json',
      '-o',
      at('x.out'),
      '--report',
      `csv=${at('x.out')}`,
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('two reports would be written to');
    const unknown = await runMain(['assess', folder, '--report', `htlm=${at('y.html')}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "html"');
  });

  it('leaves no report behind when one of them cannot be written', async () => {
    const good = at('kept-out.json');
    const run = await runMain([
      'assess',
      folder,
      '--report',
      `json=${good}`,
      '--report',
      `html=${at('no/such/folder/r.html')}`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not be written');
    expect(existsSync(good)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a report aimed at a folder before scoring, and replaces none of the previous files', async () => {
    const previous = at('previous.json');
    writeFileSync(previous, 'old\n');
    mkdirSync(at('a-folder'));
    const run = await runMain([
      'assess',
      folder,
      '--format',
      'json',
      '-o',
      previous,
      '--report',
      `csv=${at('a-folder')}`,
      '--report',
      'markdown',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^copro: the output could not be written to .*a-folder: this is a folder, not a file\n$/,
    );
    expect(readFileSync(previous, 'utf8')).toBe('old\n');
    expect(leftovers()).toEqual([]);
  });
});
