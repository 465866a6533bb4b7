// The slips people really make when writing a project file by hand: capitals, near-words for an
// answer, a true for a yes, a half-remembered indicator id, and the ways people write years.
import { afterAll, describe, expect, it } from 'vitest';
import { schemaValidator, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const validateReport = await schemaValidator('report');

const dir = tempDir();
afterAll(() => dir.remove());

describe('capitals', () => {
  it("accepts levels and answers whatever their case, and reports the framework's own word", async () => {
    const file = dir.write(
      'capitals.yaml',
      [
        'name: Capitals',
        'stages:',
        '  define: Consult',
        '  decide: { level: COLLABORATE, evidence: vote }',
        'answers:',
        '  shared-power.binding-decision: Yes',
        '  shared-power.strategic: { answer: Partly }',
        '  shared-power.resources: N/A',
        '',
      ].join('\n'),
    );
    const run = await runMain(['assess', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout).results;
    const levels = Object.fromEntries(result.stages.map((s: { id: string; level: string }) => [s.id, s.level]));
    expect(levels).toMatchObject({ define: 'consult', decide: 'collaborate' });
    const answers = Object.fromEntries(
      result.criteria
        .flatMap((c: { indicators: { id: string; answer: string }[] }) => c.indicators)
        .map((i: { id: string; answer: string }) => [i.id, i.answer]),
    );
    expect(answers).toMatchObject({
      'shared-power.binding-decision': 'yes',
      'shared-power.strategic': 'partly',
      'shared-power.resources': 'n/a',
    });
    expect((await runMain(['assess', file])).stdout).not.toContain('COLLABORATE');
  });

  it('keeps ids exact, with a suggestion', async () => {
    const file = dir.write('id-case.yaml', 'name: Ids\nstages:\n  Define: consult\n');
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '"Define" is not a stage: use define, design, decide, deliver or evaluate — did you mean "define"?',
    );
  });

  it('explains `copro criteria Collaborate` as collaborate', async () => {
    const run = await runMain(['criteria', 'Collaborate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await runMain(['criteria', 'collaborate'])).stdout);
  });
});

describe('near-words and the wrong kind of value', () => {
  it('suggests partly for partial, yes for true, and names the forms an answer takes', async () => {
    const file = dir.write(
      'slips.yaml',
      'name: Slips\nanswers:\n  shared-power.binding-decision: partial\n  shared-power.strategic: true\n',
    );
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `${file}:3:34: "partial" is not allowed here: use yes, partly, no, unknown or n/a — did you mean "partly"?`,
    );
    expect(run.stdout).toContain(
      `${file}:4:27: "shared-power.strategic" should be an answer (yes, partly, no, unknown or n/a), or a map with "answer:" and "evidence:", not true — did you mean "yes"?`,
    );
  });

  it('suggests an indicator by the words of its question', async () => {
    const file = dir.write('half-remembered.yaml', 'name: Half remembered\nanswers:\n  shared-power.decision: yes\n');
    const run = await runMain(['validate', file]);
    expect(run.stdout).toContain(
      '"shared-power.decision" is not an indicator of the framework (`copro criteria` lists them) — did you mean "shared-power.binding-decision"?',
    );
  });
});

describe('years', () => {
  it.each([
    ['2023-24', { from: 2023, to: 2024 }],
    ['2023/24', { from: 2023, to: 2024 }],
    ['2021-present', { from: 2021, to: null }],
    ['2021-', { from: 2021, to: null }],
    ['2018 to 2020', { from: 2018, to: 2020 }],
    ['2016 onwards', { from: 2016, to: null }],
    ['2021 - still going', { from: 2021, to: null }],
    ['since 2019', { from: 2019, to: null }],
    ['Spring 2022', { from: 2022, to: 2022 }],
    ['2018/19 to 2020/21', { from: 2018, to: 2021 }],
  ])('accepts year: %s, reports it as written and the years it covers beside it', async (year, years) => {
    const file = dir.write(`year-${year.replace(/\W/g, '_')}.yaml`, `name: Years\nyear: ${year}\n`);
    const run = await runMain(['assess', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.results[0].project.year).toBe(year);
    expect(report.results[0].project.years).toEqual(years);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it.each([
    ['"0000"', /"year" has no year from 1800 to 2100 in it, only 0000: use a year from 1800 to 2100/],
    ['9999-1111', /"year" has no year from 1800 to 2100 in it, only 9999, 1111/],
    ['2020-2018', /"year" runs backwards \(2020 to 2018\): write the earlier year first, e.g. 2018-2020/],
    ['Spring', /"year" has no year in it: .*or "2021 onwards" for a project still running/],
  ])('refuses year: %s, saying how to write it', async (year, message) => {
    const file = dir.write(`bad-year-${year.replace(/\W/g, '_')}.yaml`, `name: Years\nyear: ${year}\n`);
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
  });

  it('checks a long year in linear time (a guard against a hang)', async () => {
    const file = dir.write('long-year.yaml', `name: Years\nyear: "2019${' '.repeat(4_000)}x"\n`);
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('"year" is too long: at most 80 characters');
  });
});

describe('copro criteria lists the indicator ids it points people to', () => {
  it('lists every indicator id with its question, under its criterion', async () => {
    const { defaultFramework } = await import('../helpers.js');
    const framework = await defaultFramework();
    const run = await runMain(['criteria', '--no-color']);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\s+/g, ' ');
    for (const criterion of framework.criteria) {
      const heading = text.indexOf(`${criterion.title} (${criterion.id})`);
      expect(heading).toBeGreaterThan(-1);
      for (const indicator of criterion.indicators) {
        const at = text.indexOf(`${indicator.id}: ${indicator.question.replace(/\s+/g, ' ')}`);
        expect(at, indicator.id).toBeGreaterThan(heading);
      }
    }
  });
});

describe('every problem in one run, and slips from word processors', () => {
  it("reports a repeated key (by name) together with the file's other problems", async () => {
    const file = dir.write(
      'nine.yaml',
      'name: Dup\nyear: soon\nname: Again\nstages:\n  design: colaborate\n  deliverr: consult\nanswers:\n  shared-power.decision: yes\n',
    );
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith(`    ${file}:`));
    expect(lines.map((l) => l.slice(`    ${file}:`.length).replace(/:.*$/, ''))).toEqual(['2', '3', '5', '6', '8']);
    expect(run.stdout).toContain(`${file}:3:1: the key "name" appears twice in one map`);
  });

  it('warns on standard error when " #" cuts a value short, and still scores the file', async () => {
    const file = dir.write(
      'cut.yaml',
      'name: Cut\nanswers:\n  shared-power.binding-decision:\n    answer: yes\n    evidence: See minutes #4 and report\n',
    );
    const run = await runMain(['assess', file, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${file}:5:15: only "See minutes" was read: in YAML " #" starts a comment, so "#4 and report" was left out: put the whole value in straight quotes (")\n`,
    );
  });

  it('names curly quotes when they break the file', async () => {
    const file = dir.write(
      'curly.yaml',
      'name: Curly\nanswers:\n  shared-power.binding-decision:\n    answer: yes\n    evidence: “Workshops: six of them”\n',
    );
    expect((await runMain(['validate', file])).stdout).toContain(
      'curly quotes (“ ” ‘ ’, as a word processor types them) are not YAML quotes',
    );
  });
});

describe('a non-breaking space after the only colon', () => {
  it('is named, not "the file holds text"', async () => {
    const file = dir.write('nbsp.yaml', 'name:\u00A0Nbsp\n');
    const run = await runMain(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('a non-breaking space (often pasted from a word processor) is not a space to YAML');
  });
});
