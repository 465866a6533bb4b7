// `copro assess --baseline earlier.json [--fail-on-regression]`: each project's change since an
// earlier report, exit 1 when one went down, and plain refusals of anything that is not a report.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leithVariant } from '../compare-fixtures.js';
import { EXAMPLES, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { readReport } from '../read-json.js';

const dir = tempDir();
let examples: string;
let baseline: string;

beforeAll(async () => {
  // A copy of the examples, so one can be edited; the baseline is their report as they are.
  examples = join(dir.path, 'examples');
  mkdirSync(examples);
  for (const name of ['leith-decides.yaml', 'dundee-decides.yaml', 'council-budget-consultation.yaml'])
    copyFileSync(join(EXAMPLES, name), join(examples, name));
  baseline = join(dir.path, 'baseline.json');
  const run = await runMain(['assess', examples, '-o', baseline]);
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(() => dir.remove());

describe('copro assess --baseline', () => {
  it('exits 0 with --fail-on-regression when nothing changed, and says so', async () => {
    const run = await runMain(['assess', examples, '--baseline', baseline, '--fail-on-regression']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Since the baseline\n  0 up · 0 down · 3 no change');
    const json = readReport((await runMain(['assess', examples, '--baseline', baseline, '--format', 'json'])).stdout);
    for (const result of json.results) {
      expect(result.change).toMatchObject({
        class: { direction: 'same' },
        score: { delta: 0 },
        regression: false,
        answers: [],
        stages: [],
      });
    }
  });

  it('exits 1 when an example loses a stage’s shared power, and names the project and what went down', async () => {
    const leith = join(examples, 'leith-decides.yaml');
    const original = leithVariant({});
    writeFileSync(leith, leithVariant({ stages: { deliver: 'consult', evaluate: 'consult' } }));
    try {
      const run = await runMain(['assess', examples, '--baseline', baseline, '--fail-on-regression']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `${leith}: went down since the baseline: class co-production → partial co-production`,
      );
      expect(run.stdout).toMatch(/0 up · 1 down · 2 no change/);
      expect(run.stdout).toContain(
        `down  £eith Decides (later Leith Chooses) (${leith}): Co-production → Partial co-production, score 75.9 → 75.9 (0)`,
      );
      // Without --fail-on-regression the change is shown, and the run passes.
      const shown = await runMain(['assess', leith, '--baseline', baseline]);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain('Class: Co-production → Partial co-production (down)');
      expect(shown.stdout).toContain('Stage Deliver: collaborate → consult (no longer shared)');
      const json = readReport((await runMain(['assess', leith, '--baseline', baseline, '--format', 'json'])).stdout);
      expect(json.results[0]!.change).toMatchObject({
        class: { from: 'co-production', to: 'partial-co-production', direction: 'down' },
        regression: true,
      });
    } finally {
      writeFileSync(leith, original);
    }
  });

  it('matches a project by its id when its file has moved, and reports a project new since the baseline', async () => {
    const withId = dir.write(
      'ids/first.yaml',
      leithVariant({ id: 'leith', assessment: { date: '2025-05-01', perspective: 'staff' } }),
    );
    const idBaseline = join(dir.path, 'ids.json');
    expect((await runMain(['assess', withId, '-o', idBaseline])).code).toBe(0);
    const moved = dir.write(
      'ids/moved/second.yaml',
      leithVariant({ id: 'leith', assessment: { date: '2026-05-01', perspective: 'staff' } }),
    );
    const json = readReport(
      (
        await runMain([
          'assess',
          moved,
          join(EXAMPLES, 'dundee-decides.yaml'),
          '--baseline',
          idBaseline,
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(json.results[0]!.change).toMatchObject({
      from: { file: withId, date: '2025-05-01' },
      to: { date: '2026-05-01' },
    });
    expect(json.results[1]!.change).toBeNull();
    const table = await runMain(['assess', join(EXAMPLES, 'dundee-decides.yaml'), '--baseline', idBaseline]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Not in the baseline: nothing to compare with.');
    expect(table.stderr).toContain(`1 project in the baseline was not assessed this time: ${withId}`);
  });

  it('matches each project of a copied folder of files without ids by its name', async () => {
    const copy = join(dir.path, 'copied');
    mkdirSync(copy);
    // Two files without an id, copied under other names: neither id nor path can match them.
    writeFileSync(join(copy, 'dundee-copy.yaml'), readFileSync(join(examples, 'dundee-decides.yaml')));
    writeFileSync(join(copy, 'budget-copy.yaml'), readFileSync(join(examples, 'council-budget-consultation.yaml')));
    const json = readReport((await runMain(['assess', copy, '--baseline', baseline, '--format', 'json'])).stdout);
    expect(json.results.map((r) => r.change)).not.toContain(null);
    const table = await runMain(['assess', copy, '--baseline', baseline]);
    expect(table.stdout).not.toContain('not in the baseline');
  });

  it('refuses a baseline that is not a copro JSON report, in plain words, with exit 2', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'not-json.json',
        '{\n  "schemaVersion": 1,\n  oops\n}\n',
        /copro: the baseline is not a copro JSON report .*: it is not valid JSON\n.*not-json\.json:3:3: this is not JSON/,
      ],
      [
        'other.json',
        '{ "name": "something else" }\n',
        /copro: the baseline .*other\.json is not a copro JSON report \(one made with `copro assess --format json`\): it has no "results"/,
      ],
      [
        'broken.json',
        '{ "schemaVersion": 1, "results": [ { "file": "a.yaml" } ] }\n',
        /copro: the baseline .*broken\.json is not a copro JSON report .*: at /,
      ],
      [
        'future.json',
        '{ "schemaVersion": 2, "results": [] }\n',
        /is a report of schemaVersion 2; this copro reads schemaVersion 1/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const run = await runMain(['assess', examples, '--baseline', dir.write(name, text)]);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(message);
      expect(run.stdout, name).toBe('');
      expect(run.stderr, name).not.toMatch(STACK_TRACE);
    }
    const missing = await runMain(['assess', examples, '--baseline', join(dir.path, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/copro: the baseline could not be read: .*nowhere\.json: /);
  });

  it('matches each of several assessments of one project with itself: the bundled examples, unchanged, pass', async () => {
    const examplesBaseline = join(dir.path, 'examples-baseline.json');
    expect((await runMain(['assess', EXAMPLES, '-o', examplesBaseline])).code).toBe(0);
    const run = await runMain(['assess', EXAMPLES, '--baseline', examplesBaseline, '--fail-on-regression']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // One summary line per project: the three assessments of Leith, and of the college, share one.
    expect(run.stdout).toMatch(/0 up · 0 down · 16 no change/);
  });

  it('keeps a rolling baseline: the JSON report may replace the baseline it was compared with', async () => {
    const rolling = join(dir.path, 'rolling.json');
    copyFileSync(baseline, rolling);
    const leith = join(examples, 'leith-decides.yaml');
    const before = readFileSync(leith, 'utf8');
    try {
      writeFileSync(leith, before.replace(/^name: .*$/m, 'name: Leith Decides (renamed)'));
      const run = await runMain(['assess', examples, '--baseline', rolling, '--format', 'json', '-o', rolling]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      // The new report is in place of the old one, with each project's change since the old one.
      const written = readReport(readFileSync(rolling, 'utf8'));
      expect(written.results.map((r) => r.project.name)).toContain('Leith Decides (renamed)');
      expect(written.results.every((r) => r.change !== null && r.change !== undefined)).toBe(true);
      // And it is the baseline of the next run.
      const next = await runMain(['assess', examples, '--baseline', rolling, '--fail-on-regression', '-o', rolling]);
      expect(next.code, next.stderr).toBe(0);
      expect(readReport(readFileSync(rolling, 'utf8')).results).toHaveLength(3);
    } finally {
      writeFileSync(leith, before);
    }
  });

  it('refuses another format over the baseline, and any report over a project file or the framework', async () => {
    const before = readFileSync(baseline, 'utf8');
    const csv = await runMain(['assess', examples, '--baseline', baseline, '--format', 'csv', '-o', baseline]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toBe(
      `copro: the csv report ${baseline} would replace the baseline ${baseline}, and could not be read as a baseline next time. Nothing was read or written: write the JSON report there (--format json), or give the csv report another name\n`,
    );
    const extra = await runMain(['assess', examples, '--baseline', baseline, '--report', `markdown=${baseline}`]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain(`the markdown report ${baseline} would replace the baseline`);
    expect(readFileSync(baseline, 'utf8')).toBe(before);
    const project = join(examples, 'dundee-decides.yaml');
    const over = await runMain(['assess', project, '--baseline', baseline, '--format', 'json', '-o', project]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`copro: the report ${project} is also an input of this run`);
    const framework = join(dir.path, 'framework.json');
    writeFileSync(framework, '{}');
    const overFramework = await runMain(['assess', project, '-f', framework, '--baseline', baseline, '-o', framework]);
    expect(overFramework.code).toBe(2);
    expect(overFramework.stderr).toContain(`copro: the report ${framework} is also an input of this run`);
  });

  it('asks for --baseline when --fail-on-regression is given alone', async () => {
    const run = await runMain(['assess', examples, '--fail-on-regression']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('copro: --fail-on-regression needs --baseline <report.json>');
  });
});
