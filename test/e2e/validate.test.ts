// `copro validate`: every problem of every file in one run, located, in plain words; exit 0 or 2.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, EXAMPLES, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
afterAll(() => dir.remove());
const file = dir.write;

const FOUR_PROBLEMS = `name: Four problems
year: soon
stages:
  design: colaborate
  deliverr: consult
answers:
  shared-power.made-up-question: yes
`;

describe('copro validate, projects', () => {
  it('reports a wrong type, a misspelt level, a misspelt stage and an unknown indicator, each located', async () => {
    const bad = file('four.yaml', FOUR_PROBLEMS);
    const run = await runMain(['validate', bad]);
    expect(run.code).toBe(2);
    const problems = run.stdout.split('\n').filter((l) => l.startsWith(`    ${bad}:`));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      new RegExp(`${bad}:2:7: "year" has no year in it: use a year from 1800 to 2100 such as 2019`),
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `${bad}:4:11: "colaborate" is not a level: use one of none, inform, consult, involve, collaborate, delegate, unknown, n/a or not-yet — did you mean "collaborate"\\?`,
      ),
    );
    expect(problems[2]).toMatch(
      new RegExp(
        `${bad}:5:3: "deliverr" is not a stage: use define, design, decide, deliver or evaluate — did you mean "deliver"\\?`,
      ),
    );
    expect(problems[3]).toMatch(new RegExp(`${bad}:7:3: "shared-power.made-up-question" is not an indicator`));
    expect(run.stdout).toContain(`✗ ${bad}: 4 problems`);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('The file has 4 problems.');
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(STACK_TRACE);
  });

  it('asks for partners with the line to add, and which side when a partner cannot be placed, without failing', async () => {
    const none = file('no-partners.yaml', 'name: No partners\n');
    const unclear = file('unclear.yaml', 'name: Unclear\npartners: [residents, Greenfield Trust]\n');
    const run = await runMain(['validate', none, unclear]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('All 2 files are valid.');
    expect(run.stderr).toContain(`${none}: no partners are named`);
    expect(run.stderr).toContain('partners: [residents, council officers]');
    expect(run.stderr).toContain(`${unclear}: which side is "Greenfield Trust" on?`);
    expect(run.stderr).not.toContain('"residents" on?');
  });

  it('passes every bundled example, saying so for each, with exit 0', async () => {
    const run = await runMain(['validate', EXAMPLES]);
    expect(run.code).toBe(0);
    const ticks = run.stdout.split('\n').filter((l) => l.startsWith('✓ '));
    expect(ticks.length).toBeGreaterThanOrEqual(12);
    expect(run.stdout).toMatch(/All \d+ files are valid\.\n$/);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('checks every file in a batch, in command-line order, and exits 2 for the worst', async () => {
    const good = join(EXAMPLES, 'leith-decides.yaml');
    const broken = file('broken.yaml', 'name: [unclosed\n');
    const run = await runMain(['validate', good, join(dir.path, 'missing.yaml'), broken]);
    expect(run.code).toBe(2);
    const verdicts = run.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(verdicts).toEqual([`✓ ${good}`, `✗ ${join(dir.path, 'missing.yaml')}: 1 problem`, `✗ ${broken}: 1 problem`]);
    expect(run.stdout).toContain(`${join(dir.path, 'missing.yaml')}: no such file or folder`);
    expect(run.stdout).toMatch(new RegExp(`${broken}:\\d+:\\d+: `));
    expect(run.stdout).toContain('2 of 3 files have problems (2 problems in all).');
  });

  it('reads a project from standard input with -', () => {
    const run = runCli(['validate', '-'], { input: 'name: From stdin\nstages: { design: consult }\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ <stdin>');
  });

  it('gives one JSON document with a verdict and located errors for each file', async () => {
    const bad = file('json-four.yaml', FOUR_PROBLEMS);
    const good = join(EXAMPLES, 'leith-decides.yaml');
    const run = await runMain(['validate', good, bad, '--format', 'json']);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'tool', 'framework', 'summary', 'files']);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.framework.id).toBe('scn-coproduction');
    expect(doc.summary).toEqual({ total: 2, valid: 1, invalid: 1, problems: 4 });
    expect(doc.files[0]).toEqual({ file: good, kind: 'project', valid: true, errors: [] });
    expect(doc.files[1].valid).toBe(false);
    expect(doc.files[1].errors.map((e: { line: number; column: number }) => [e.line, e.column])).toEqual([
      [2, 7],
      [4, 11],
      [5, 3],
      [7, 3],
    ]);
    expect(doc.files[1].errors[1]).toEqual({
      file: bad,
      line: 4,
      column: 11,
      message: expect.stringContaining('did you mean "collaborate"'),
    });
  });

  it('refuses to run with nothing to check, and with an unknown format', async () => {
    const none = await runMain(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('say what to check');
    const format = await runMain(['validate', EXAMPLES, '--format', 'jsn']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('did you mean "json"');
  });
});

describe('copro validate --framework', () => {
  it('passes the bundled framework, and projects checked against it', async () => {
    const run = await runMain([
      'validate',
      '--framework',
      join(ROOT, 'criteria', 'framework.yaml'),
      join(EXAMPLES, 'leith-decides.yaml'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('framework.yaml (framework)');
    expect(run.stdout).toContain('All 2 files are valid.');
  });

  it('reports every problem of a broken framework, located, and checks no project against it', async () => {
    const framework = file(
      'broken-framework.yaml',
      `extends: default
id: my-framework
criteria:
  - id: shared-power
    title: Power is shared
    summary: Changed.
    weight: 3
    sources: [sgpf.power-sharng]
    indicators:
      - id: shared-power.binding-decision
        question: Was the decision shared?
        stage: decidee
        impliesLevel: colaborate
`,
    );
    const project = join(EXAMPLES, 'leith-decides.yaml');
    const run = await runMain(['validate', '--framework', framework, project]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`✗ ${framework} (framework):`);
    const located = run.stdout.split('\n').filter((l) => l.startsWith(`    ${framework}:`));
    expect(located.length).toBeGreaterThanOrEqual(3);
    for (const line of located) expect(line).toMatch(new RegExp(`^    ${framework}:\\d+:\\d+: `));
    expect(run.stdout).toContain('did you mean "sgpf.power-sharing"');
    expect(run.stdout).toContain('did you mean "collaborate"');
    expect(run.stdout).toContain(`✗ ${project}: 1 problem`);
    expect(run.stdout).toContain('not checked: the framework to check it against is not valid');
    expect(
      JSON.parse((await runMain(['validate', '--framework', framework, '--format', 'json'])).stdout).framework,
    ).toBeNull();
  });
});
