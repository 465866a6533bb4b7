// The built CLI, run as a person or a script would: stdout, stderr and exit code.
import { readFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, EXAMPLES, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { readReport } from '../read-json.js';

const dir = tempDir();
const file = dir.write;

const GOOD = `name: Good project
describedAs: co-production
partners: [residents, council officers]
stages:
  define: consult
  design: { level: collaborate, evidence: "Residents' group wrote the brief" }
  decide: consult
  deliver: consult
  evaluate: unknown
`;

let good: string;
let folder: string;
beforeAll(() => {
  good = file('good.yaml', GOOD);
  folder = join(dir.path, 'batch');
  file('batch/a.yaml', GOOD.replace('Good project', 'Alpha'));
  file('batch/sub/b.yml', GOOD.replace('Good project', 'Beta'));
  file('batch/notes.txt', 'not a project');
});
afterAll(() => dir.remove());

describe('copro assess, one file', () => {
  it('prints the class and its reasons first, then criteria, stages, next steps and warnings', async () => {
    const run = await runMain(['assess', good]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain('Good project');
    expect(lines[1]).toMatch(/^PARTIAL CO-PRODUCTION — PROVISIONAL\s+practice not described · described [\d.]+%/);
    expect(lines[2]).toMatch(/^Provisional: only [\d.]+% of the framework is described/);
    const order = ['Why', 'Criteria', 'Stages', 'By source', 'Next steps', 'Warnings'].map((h) =>
      run.stdout.indexOf(`\n${h}\n`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Long items wrap between words to the terminal width; read them as one line each.
    const unwrapped = run.stdout.replace(/\n {3,}/g, ' ');
    expect(unwrapped).toMatch(
      /✗ people shared power in carrying it through, with evidence: people shared power in delivering it, with evidence — deliver: consult with no evidence; .* — evaluate: unknown/,
    );
    expect(unwrapped).toContain('! Calls itself co-production, but the evidence shows co-design');
    expect(run.stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('words the header and stages as the other formats do: given details only, level labels', async () => {
    const run = await runMain(['assess', file('about.yaml', `${GOOD}organisation: ''\nlocation: Leeds\nyear: 2021\n`)]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[3]).toBe('Leeds · 2021');
    expect(run.stdout).toMatch(/│ Design +│ Collaborate +│ yes +│ Residents' group wrote the brief/);
    expect(run.stdout).toMatch(/│ Evaluate +│ not described +│ not known /);
  });

  it('prints exactly one JSON document matching the report schema', async () => {
    const run = await runMain(['assess', good, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = readReport(run.stdout);
    expect(report.summary).toEqual({
      total: 1,
      scored: 1,
      invalid: 0,
      classes: {
        'not-yet-assessable': 0,
        'community-led-action': 0,
        'co-production': 0,
        'partial-co-production': 1,
        consultation: 0,
      },
      provisional: 1,
      unexpected: 0,
    });
    expect(report.results[0]!.classification.provisional).toBe(true);
    expect(report.results[0]!.terms).toMatchObject({
      claimed: { id: 'co-production', supported: false },
      supported: { id: 'co-design' },
      overclaim: true,
    });
    expect(report.results[0]!.file).toBe(good);
    expect(report.results[0]!.classification.id).toBe('partial-co-production');
    expect(report.results[0]!.warnings.map((w: { code: string }) => w.code)).toContain('self-description-unsupported');
    expect(report.framework).toMatchObject({
      id: 'scn-coproduction',
      version: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(report.tool.name).toBe('copro');
  });

  it('never colours JSON, even with FORCE_COLOR=1', async () => {
    const run = runCli(['assess', good, '--format', 'json'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stderr).not.toMatch(ANSI);
  });

  it('colours the table only when asked for, and never with NO_COLOR or --no-color', async () => {
    expect(runCli(['assess', good], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['assess', good, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['assess', good], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('reads a project from standard input with -', async () => {
    const run = runCli(['assess', '-', '--format', 'json'], { input: GOOD });
    expect(run.code).toBe(0);
    expect(readReport(run.stdout).results[0]!.file).toBe('<stdin>');
  });

  it('writes the same document to a file with -o, and nothing to stdout', async () => {
    const out = join(dir.path, 'report.json');
    const run = await runMain(['assess', good, '--format', 'json', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const direct = readReport((await runMain(['assess', good, '--format', 'json'])).stdout);
    expect(readReport(readFileSync(out, 'utf8'))).toEqual(direct);
    expect(readdirSync(dir.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes JSON to a .json file given with -o alone', async () => {
    const out = join(dir.path, 'inferred.json');
    expect((await runMain(['assess', good, '-o', out])).code).toBe(0);
    expect(readReport(readFileSync(out, 'utf8')).results[0]!.file).toBe(good);
  });

  it('shows every indicator with --verbose', async () => {
    const run = await runMain(['assess', good, '--verbose']);
    expect(run.stdout).toContain('Indicators');
    expect(run.stdout).toContain('shared-power.');
  });
});

describe('copro assess, a folder', () => {
  it('scores every *.yaml and *.yml recursively, in sorted order, with a summary table', async () => {
    const run = await runMain(['assess', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('Alpha')).toBeLessThan(run.stdout.indexOf('Beta'));
    expect(run.stdout).toContain('2 of 2 projects scored');
    expect(run.stdout).toContain('Co-production: 0 · Partial co-production: 2 · Consultation or engagement: 0');
    expect(run.stdout).not.toContain('notes.txt');
  });

  it('puts "—" in the Score column where no score is shown, and says why under the table', async () => {
    const little = join(dir.path, 'little');
    mkdirSync(little, { recursive: true });
    dir.write('little/a.yaml', 'name: Little described\nstages:\n  define: { level: consult, evidence: "a survey" }\n');
    dir.write('little/b.yaml', GOOD);
    const run = await runMain(['assess', little]);
    const row = run.stdout.split('\n').find((line) => line.includes('Little described'))!;
    expect(row.split('│').map((cell) => cell.trim())[4]).toBe('—');
    expect(run.stdout).toContain('“—” in Score: not described.');
    expect(run.stdout).not.toMatch(/│ not\s+│/);
  });

  it('prints one JSON document for the folder', async () => {
    const report = readReport((await runMain(['assess', folder, '--format', 'json'])).stdout);
    expect(report.results.map((r: { project: { name: string } }) => r.project.name)).toEqual(['Alpha', 'Beta']);
  });

  it('scores the bundled examples', async () => {
    const run = await runMain(['assess', EXAMPLES]);
    expect(run.code).toBe(0);
    // Some examples are assessments of one project: the line says so, and each project is one row.
    expect(run.stdout).toMatch(/\d+ assessments of \d+ projects scored/);
  });
});

describe('thresholds', () => {
  const lambeth = join(EXAMPLES, 'lambeth-living-well-collaborative.yaml');

  it('exits 1 when a project falls below --fail-under, naming it on stderr', async () => {
    const run = await runMain(['assess', lambeth, '--fail-under', 'co-production']);
    expect(run.code).toBe(0);
    const social = await runMain([
      'assess',
      join(EXAMPLES, 'social-security-charter-co-design.yaml'),
      '--fail-under',
      'co-production',
    ]);
    expect(social.code).toBe(1);
    expect(social.stderr).toContain('below co-production');
  });

  it('never lets a provisional verdict pass a threshold, and says why', async () => {
    const run = await runMain(['assess', good, '--fail-under', 'partial-co-production']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'classified as partial co-production (provisional: too little described or shown to pass a threshold)',
    );
    expect((await runMain(['assess', good, '--min-score', '0'])).code).toBe(1);
  });

  it('exits 1 when a project scores below --min-score', async () => {
    expect((await runMain(['assess', lambeth, '--min-score', '99'])).code).toBe(1);
    expect((await runMain(['assess', lambeth, '--min-score', '0'])).code).toBe(0);
  });

  it('refuses a threshold it cannot understand, with exit 2', async () => {
    const bad = await runMain(['assess', good, '--fail-under', 'coproduction']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "co-production"');
    expect((await runMain(['assess', good, '--min-score', 'lots'])).code).toBe(2);
  });
});

describe('bad input', () => {
  const cases: [string, string, RegExp][] = [
    ['malformed.yaml', 'name: "unclosed\nstages: [\n', /malformed\.yaml:\d+:\d+: .*not closed/],
    ['sometimes.yaml', 'name: X\nstages:\n  design: sometimes\n', /sometimes\.yaml:3:11: "sometimes" is not a level/],
    [
      'unknown-id.yaml',
      'name: X\nanswers:\n  no.such-indicator: yes\n',
      /unknown-id\.yaml:3:3: "no\.such-indicator" is not an indicator/,
    ],
    ['list.yaml', '- name: X\n- name: Y\n', /list\.yaml:1:1: expected a map/],
    ['wrong-type.yaml', 'name: X\nyear: soon\n', /wrong-type\.yaml:2:7: "year" has no year in it/],
    ['empty.yaml', '', /empty\.yaml: the file is empty/],
  ];

  for (const [name, text, expected] of cases) {
    it(`explains ${name} plainly on stderr, with exit 2 and no stack trace`, async () => {
      const path = file(`bad/${name}`, text);
      const run = await runMain(['assess', path]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(expected);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    });
  }

  it('explains a missing path', async () => {
    const run = await runMain(['assess', join(dir.path, 'nowhere.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nowhere\.yaml: no such file or folder/);
  });

  it('scores a file named two ways once, under the first name, and reports a missing path once', async () => {
    const run = runCli(
      [
        'assess',
        './examples/leith-decides.yaml',
        'examples/',
        'nowhere.yaml',
        './nowhere.yaml',
        'nowhere.yaml',
        '--format',
        'json',
      ],
      { cwd: ROOT },
    );
    expect(run.code).toBe(2);
    const report = readReport(run.stdout);
    const examples = readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'));
    expect(report.results).toHaveLength(examples.length);
    expect(
      report.results
        .filter((r: { file: string }) => r.file.endsWith('leith-decides.yaml'))
        .map((r: { file: string }) => r.file),
    ).toEqual(['./examples/leith-decides.yaml']);
    expect(report.errors.map((e: { file: string }) => e.file)).toEqual(['nowhere.yaml']);
    expect(run.stderr.match(/^nowhere\.yaml: no such file or folder$/gm)).toHaveLength(1);
  });

  it('refuses an empty folder rather than passing silently', async () => {
    mkdirSync(join(dir.path, 'hollow'));
    const run = await runMain(['assess', join(dir.path, 'hollow'), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/hollow: no project files/);
    const report = readReport(run.stdout);
    expect(report.results).toEqual([]);
    expect(report.errors[0]?.message).toMatch(/no project files/);
  });

  it('still scores the good files of a folder holding a bad one, and reports the bad one under errors', async () => {
    const mixed = join(dir.path, 'mixed');
    file('mixed/1-good.yaml', GOOD);
    file('mixed/2-bad.yaml', 'name: X\nstages:\n  design: sometimes\n');
    file('mixed/3-good.yaml', GOOD.replace('Good project', 'Other'));
    const run = await runMain(['assess', mixed, '--format', 'json']);
    expect(run.code).toBe(2);
    const report = readReport(run.stdout);
    expect(report.summary).toMatchObject({ total: 3, scored: 2, invalid: 1 });
    expect(report.errors).toEqual([
      { file: join(mixed, '2-bad.yaml'), line: 3, column: 11, message: expect.stringContaining('sometimes') },
    ]);
    expect(run.stderr).toContain('2-bad.yaml:3:11');
    expect((await runMain(['assess', mixed, '--no-color'])).stdout).toContain(
      '2 of 3 projects scored; 1 could not be read',
    );
  });

  it('refuses an unknown format and an unknown command with exit 2', async () => {
    expect((await runMain(['assess', good, '--format', 'yaml'])).code).toBe(2);
    expect((await runMain(['asses', good])).code).toBe(2);
    expect((await runMain(['assess'])).code).toBe(2);
  });

  it('reports an invalid framework with its file and line, and exit 2', async () => {
    const framework = file('fw/bad.yaml', 'extends: default\ncriteria:\n  - id: shared-power\n    weight: -1\n');
    const run = await runMain(['assess', good, '--framework', framework]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:4:13: "weight" should be more than 0/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('accepts a framework that extends the default and changes a weight', async () => {
    const framework = file(
      'fw/ok.yaml',
      'extends: default\nid: my-network\nversion: "2"\ncriteria:\n  - id: shared-power\n    weight: 5\n',
    );
    const run = await runMain(['assess', good, '--framework', framework, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = readReport(run.stdout);
    expect(report.framework).toMatchObject({ id: 'my-network', version: '2' });
    expect(report.results[0]!.criteria.find((c) => c.id === 'shared-power')?.weight).toBe(5);
  });

  it('refuses a write to a folder that does not exist, leaving nothing behind', async () => {
    const out = join(dir.path, 'no', 'such', 'report.json');
    const run = await runMain(['assess', good, '--format', 'json', '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not be written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('table layout details', () => {
  it('indents list items by two spaces and keeps two spaces between a source score and its title', async () => {
    const run = await runMain(['assess', join(EXAMPLES, 'dundee-decides.yaml')]);
    expect(run.stdout).toMatch(/^ {2}[✓✗] /m);
    expect(run.stdout).toMatch(/^ {2}[█░]{10} +[\d.]+ {2}\S/m);
    expect(run.stdout.split('\n')[0]).toMatch(/^Dundee Decides {2}examples\/dundee-decides\.yaml$/);
  });
});
