// `copro compare`, run as a person or a script would: perspectives side by side, change over
// time, the JSON against its published schema, and bad files reported without stopping the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leithVariant, RESIDENTS_DOUBT } from '../compare-fixtures.js';
import { ANSI, EXAMPLES, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { readComparison } from '../read-json.js';

const dir = tempDir();
let together: string;
let overTime: string;

beforeAll(() => {
  together = join(dir.path, 'together');
  dir.write(
    'together/staff.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2026-05-01', by: 'council staff', perspective: 'staff' } }),
  );
  dir.write(
    'together/residents.yaml',
    leithVariant({
      id: 'leith',
      assessment: { date: '2026-06-10', by: "residents' panel", perspective: 'community' },
      ...RESIDENTS_DOUBT,
    }),
  );
  overTime = join(dir.path, 'over-time');
  dir.write(
    'over-time/2025.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2025-05-01', perspective: 'staff' }, ...RESIDENTS_DOUBT }),
  );
  dir.write(
    'over-time/2026.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2026-05-01', perspective: 'staff' } }),
  );
});
afterAll(() => dir.remove());

describe('copro compare', () => {
  it('sets staff and residents side by side and combines as the residents see it, with the reason', async () => {
    const run = await runMain(['compare', together]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\n {3,}/g, ' ');
    expect(text).toContain('Side by side: 2026-05-01 to 2026-06-10');
    expect(text).toMatch(/staff, 2026-05-01 \(council staff\): Co-production, score [\d.]+/);
    expect(text).toMatch(/community, 2026-06-10 \(residents' panel\): Partial co-production/);
    expect(text).toContain('Combined: Partial co-production');
    expect(text).toContain(
      'The people most affected (community) see partial co-production, less than staff (Co-production)',
    );
    expect(text).toMatch(/Agreement: \d+% of questions, 40% of stages/);
    const talk = text.indexOf('Questions to talk about together');
    expect(talk).toBeGreaterThan(0);
    expect(text.indexOf('Decide: who held power')).toBeGreaterThan(talk);
    expect(text).toContain('staff delegate · community consult');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('prints JSON that satisfies the published comparison schema', async () => {
    const run = await runMain(['compare', together, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = readComparison(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.rules).toEqual({ samePeriodDays: 90, mostAffected: ['community', 'people-using-services'] });
    expect(report.summary).toEqual({ total: 2, scored: 2, invalid: 0, projects: 1, compared: 1 });
    const side = report.projects[0]!.sideBySide[0]!;
    expect(side.combined).toMatchObject({
      class: { id: 'partial-co-production' },
      from: ['community'],
      mostAffectedLower: true,
    });
    expect(side.disagreements[0]).toMatchObject({ kind: 'stage', id: 'decide', power: true, gap: 2, weight: 4 });
    const schema = await runMain(['schema', 'comparison']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).$id).toBe('urn:copro:schema:comparison:1');
  });

  it('follows one perspective over time: class then and now, stages that moved, answers that changed', async () => {
    const run = await runMain(['compare', overTime]);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\n {3,}/g, ' ');
    expect(text).toContain('Over time (staff): 2025-05-01 → 2026-05-01');
    expect(text).toContain('Class: Partial co-production → Co-production (up)');
    expect(text).toMatch(/practice score [\d.]+ → [\d.]+ \(\+[\d.]+\)/);
    expect(text).toContain('Stage Decide: consult → delegate (now shared)');
    expect(text).toContain('shared-power.binding-decision: no → yes');
    expect(text).toContain('Evidence added: 4');
    expect(text).toMatch(/Still not described: \d+ questions/);
    const json = readComparison((await runMain(['compare', overTime, '--format', 'json'])).stdout);
    expect(json.projects[0]!.latest).toEqual({ file: join(overTime, '2026.yaml'), trend: 'up' });
  });

  it('lists files without an id (and projects assessed once) in one table, and says how to compare them', async () => {
    const run = await runMain(['compare', join(EXAMPLES, 'dundee-decides.yaml'), join(together, 'staff.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/│ Assessed once +│ Class/);
    expect(run.stdout).toMatch(/Dundee Decides\s+│ Partial co-production/);
    expect(run.stdout).toContain('£eith Decides');
    expect(run.stdout.replace(/\n/g, ' ')).toContain(
      'Assessed once, so there is nothing to compare. To compare assessments of a project, give each file the same `id:` and an `assessment:` with its date and perspective.',
    );
    const json = readComparison(
      (
        await runMain([
          'compare',
          join(EXAMPLES, 'dundee-decides.yaml'),
          join(together, 'staff.yaml'),
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(json.projects.map((p: { id: string | null; notes: string[] }) => [p.id, p.notes[0]])).toEqual([
      [
        null,
        'This file gives no project id, so it is compared with no other assessment: add the same `id:` to each assessment of a project.',
      ],
      ['leith', 'Only one assessment of this project was found.'],
    ]);
  });

  it('compares the bundled examples: residents beside the published account of Leith, and a year later', async () => {
    const run = await runMain(['compare', EXAMPLES]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').every((line) => [...line].length <= 100)).toBe(true);
    const text = run.stdout.replace(/\n {3,}/g, ' ');
    expect(text).toContain('Side by side: 2020-02-07 to 2020-03-15');
    expect(text).toContain(
      'The people most affected (community) see partial co-production, less than independent (Co-production)',
    );
    expect(text).toContain('Over time (community): 2020-03-15 → 2021-03-20');
    expect(text).toContain('Side by side: 2017-06-01 to 2017-07-10');
    expect(text).toContain('Over time (people-using-services): 2017-07-10 → 2018-07-12');
    expect(run.stdout).toMatch(/20 of 20 files scored · 16 projects, 2 with assessments to compare/);
  });

  it('reports a bad file with its line and column, exits 2, and still compares the others', async () => {
    const bad = dir.write('bad/broken.yaml', 'name: Broken\nstages:\n  define: sideways\n');
    const run = await runMain(['compare', together, bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:11: .*sideways`));
    expect(run.stderr).toContain('1 of 3 could not be read and are left out of the comparison.');
    expect(run.stdout).toContain('Combined: Partial co-production');
    expect(run.stdout).toContain(`${bad}: could not be read, so it is not compared`);
    expect(run.stderr + run.stdout).not.toMatch(STACK_TRACE);
    const json = readComparison((await runMain(['compare', together, bad, '--format', 'json'])).stdout);
    expect(json.summary).toMatchObject({ total: 3, scored: 2, invalid: 1 });
    expect(json.errors[0]).toMatchObject({ file: bad, line: 3, column: 11 });
  });

  it('says plainly when a path is missing or the format unknown', async () => {
    const missing = await runMain(['compare', join(dir.path, 'nowhere.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.yaml: .*(not|no such)/i);
    const format = await runMain(['compare', together, '--format', 'csv']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('copro: unknown format "csv"');
    expect(format.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints Markdown: the verdicts, the combined verdict, the questions to talk about, as words not markup', async () => {
    const run = await runMain(['compare', together, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Co-production compared: several voices, over time\n/);
    expect(run.stdout).toContain('### Side by side: 2026-05-01 to 2026-06-10');
    expect(run.stdout).toContain("- community, 2026-06-10 (residents' panel): **Partial co-production**");
    expect(run.stdout).toContain('**Combined: Partial co-production.** The people most affected (community)');
    expect(run.stdout).toContain('| Decide: who held power at this stage | delegate | consult | yes |');
    const over = await runMain(['compare', overTime, '-o', join(dir.path, 'over.md')]);
    expect(over.code).toBe(0);
    const text = readFileSync(join(dir.path, 'over.md'), 'utf8');
    expect(text).toContain('### Over time (staff): 2025-05-01 to 2026-05-01');
    expect(text).toContain('- Class: Partial co-production → Co-production (up)');
  });

  it('never writes the comparison over an input, or as a project file in a folder it reads, nor into a .pdf', async () => {
    const staff = join(together, 'staff.yaml');
    const before = readFileSync(staff, 'utf8');
    const over = await runMain(['compare', together, '--format', 'markdown', '-o', staff]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`copro: the report ${staff} is also an input of this run`);
    expect(readFileSync(staff, 'utf8')).toBe(before);
    const inside = await runMain(['compare', together, '--format', 'json', '-o', join(together, 'comparison.yaml')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('a folder this run searches for project files');
    const pdf = await runMain(['compare', together, '-o', join(dir.path, 'comparison.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('copro: cannot write a .pdf file');
    expect(pdf.stderr).not.toMatch(STACK_TRACE);
  });

  it('writes the comparison to a file, JSON when the name ends in .json', async () => {
    const out = join(dir.path, 'comparison.json');
    const run = await runMain(['compare', together, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readComparison(readFileSync(out, 'utf8')).projects).toHaveLength(1);
  });
});

describe('copro compare, plan against record', () => {
  const PLAN = `name: Youth space
id: youth-space
assessment: { date: 2026-01-10, by: youth workers, perspective: staff }
partners: [young people, youth workers]
stages:
  define: { level: not-yet, plan: involve }
  design: { level: not-yet, plan: collaborate, evidence: "Young people will draw the plans with the architect" }
  decide: { level: not-yet, plan: involve }
  deliver: { level: not-yet, plan: collaborate, evidence: "From spring the young people will run the space with two youth workers" }
  evaluate: { level: not-yet, plan: collaborate }
`;
  const LATER = `name: Youth space
id: youth-space
assessment: { date: 2026-11-20, by: youth workers, perspective: staff }
partners: [young people, youth workers]
stages:
  define: { level: involve, evidence: "A youth forum talked through what the space was for" }
  design: { level: collaborate, evidence: "Young people drew the plans with the architect" }
  decide: { level: involve, evidence: "The board chose, having heard the young people's panel" }
  deliver: { level: consult, evidence: "Staff run the space and ask young people for feedback" }
  evaluate: { level: not-yet, plan: collaborate }
answers:
  shared-power.equal-say: { answer: partly, evidence: "minutes" }
`;

  it('shows each stage’s offer and what happened, in the table, JSON, Markdown and HTML; the move off the scale is a change of kind', async () => {
    const plan = dir.write('plan.yaml', PLAN);
    const later = dir.write('later.yaml', LATER);
    const json = await runMain(['compare', plan, later, '--format', 'json']);
    expect(json.code).toBe(0);
    const project = readComparison(json.stdout).projects[0]!;
    expect(project.offers!.map((o: { text: string }) => o.text)).toEqual([
      'define: offered involve, happened involve',
      'design: offered collaborate, happened collaborate',
      'decide: offered involve, happened involve',
      'deliver: offered collaborate, happened consult',
      'evaluate: offered collaborate, not happened yet',
    ]);
    expect(project.assessments[0]!.class.id).toBe('not-yet-assessable');
    expect(project.overTime[0]!.class.direction).toBe('changed-kind');
    expect(project.overTime[0]!.regression).toBe(false);
    const table = await runMain(['compare', plan, later, '--no-color']);
    expect(table.stdout).toContain('Offer and record');
    expect(table.stdout).toContain('deliver: offered collaborate, happened consult');
    expect(table.stdout).toContain('a change of kind, not up or down');
    const markdown = await runMain(['compare', plan, later, '--format', 'markdown']);
    expect(markdown.stdout).toContain('- deliver: offered collaborate, happened consult');
    const html = await runMain(['compare', plan, later, '--format', 'html']);
    expect(html.stdout).toContain('<h3>Offer and record</h3>');
    expect(html.stdout).toContain('<tr><th scope="row">Deliver</th><td>collaborate</td><td>consult</td></tr>');
  });
});
