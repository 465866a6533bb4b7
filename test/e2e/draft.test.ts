import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docx, DOCX_TYPE, eml, pdf } from '../draft-fixtures.js';
import { ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
afterAll(() => dir.remove());

const PROSE = [
  'Our community garden project in Govan ran from 2019 to 2021.',
  'Residents and staff designed the garden together over six workshops.',
  'Residents voted on how the £20,000 budget was spent.',
  'Volunteers were not involved in deciding who was paid.',
];

function put(name: string, content: string | Uint8Array): string {
  const file = join(dir.path, name);
  writeFileSync(file, content);
  return file;
}

/** The draft as YAML data, after checking copro validate accepts it. */
async function drafted(file: string) {
  const check = await runMain(['validate', file]);
  expect(check.code, check.stdout + check.stderr).toBe(0);
  return parse(readFileSync(file, 'utf8'));
}

function expectSuggestions(data: { stages: Record<string, unknown>; answers: Record<string, unknown> }) {
  expect(data.stages.decide).toEqual({
    level: 'delegate',
    evidence: '“Residents voted on how the £20,000 budget was spent.”',
    suggested: true,
  });
  expect(data.stages.design).toMatchObject({
    level: 'collaborate',
    suggested: true,
    evidence: expect.stringContaining('designed the garden together'),
  });
  // "The project ran" does not say who ran it: quoted for a person, with the level left to them.
  expect(data.stages.deliver).toMatchObject({ level: 'unknown', suggested: true });
  // The negated sentence suggests nothing.
  for (const entry of [...Object.values(data.stages), ...Object.values(data.answers)]) {
    if (typeof entry === 'object' && entry) expect(JSON.stringify(entry)).not.toContain('Volunteers were not involved');
  }
}

describe('copro draft', () => {
  const inputs: [string, () => Promise<string | Uint8Array> | string | Uint8Array][] = [
    ['garden.txt', () => `Govan community garden\n\n${PROSE.join(' ')}\n`],
    [
      'garden.md',
      () =>
        `# Govan community garden\n\n${PROSE.join(' ').replace('together', '**together**')}\n\n- [Our website](https://example.org)\n`,
    ],
    [
      'garden.html',
      () =>
        `<!doctype html><html><head><title>Govan community garden</title></head><body><nav>Home | About</nav><h1>Govan community garden</h1><p>${PROSE.join(' ')}</p><img src="x.png" alt="a photo"></body></html>`,
    ],
    ['garden.docx', () => docx(['Govan community garden', ...PROSE])],
    ['garden.pdf', () => pdf([`Govan community garden\n${PROSE.slice(0, 2).join('\n')}`, PROSE.slice(2).join('\n')])],
    [
      'garden.eml',
      () =>
        eml(
          'Re: Govan community garden',
          'Hi all,\n\nHere is our project, the details are attached.\n\nBest wishes,\nSam',
          [{ name: 'garden.docx', type: DOCX_TYPE, bytes: docx(PROSE) }],
        ),
    ],
  ];

  for (const [name, make] of inputs) {
    it(`drafts a valid project file from a ${name.split('.')[1]} file, each suggestion quoting its sentence`, async () => {
      const file = put(name, await make());
      const out = join(dir.path, `${name}.yaml`);
      const run = await runMain(['draft', file, '-o', out, '--no-color']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(STACK_TRACE);
      const text = readFileSync(out, 'utf8');
      expect(text.split('\n').slice(0, 4).join('\n')).toContain('DRAFT, TO CHECK. Written by `copro draft` from');
      const data = await drafted(out);
      expect(data.name).toBe('Govan community garden');
      expect(data.year).toBe('2019-2021');
      expect(data.location).toBe('Govan');
      expectSuggestions(data);
      expect(run.stderr).toMatch(/suggested \d of 5 stages and \d+ of 57 questions, from \d of \d+ sentences/);
      if (name.endsWith('.eml')) expect(run.stderr).toContain('note: attachment garden.docx was read');
    });
  }

  it('reads standard input and writes the draft to standard output, the report to standard error', () => {
    const run = runCli(['draft', '-', '--no-color'], { input: PROSE.join(' ') });
    expect(run.code).toBe(0);
    expect(parse(run.stdout).stages.decide).toMatchObject({ level: 'delegate', suggested: true });
    expect(run.stderr).toContain('standard input → standard output');
    expect(run.stderr).toContain(
      'sentence 3: “Residents voted on how the £20,000 budget was spent.” → decide: delegate',
    );
  });

  it('names only the words the text uses: "survey", never a term such as "consultation" it does not use', () => {
    const text =
      "They held two drop-in sessions and an online survey asking what we'd want there. That's how they decided the site needed doing up. We call it co-production.";
    const run = runCli(['draft', '-', '--no-color'], { input: text });
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toContain('The text uses the words: co-production, survey.');
    expect(said).not.toMatch(/uses the words:[^.]*(engagement|consultation)/);
    // Deciding what the need is belongs to define, and the survey before it is how views were asked for it.
    expect(parse(run.stdout).stages.define).toMatchObject({ level: 'consult', suggested: true });
    expect(parse(run.stdout).stages.define.evidence).toContain('online survey');
  });

  it('says which words the text uses for the work, and what its evidence shows', () => {
    const text = 'We call this co-production. Residents co-designed the new service with staff.';
    const run = runCli(['draft', '-', '--no-color'], { input: text });
    expect(parse(run.stdout).describedAs).toBe('co-production');
    // "co-designed" is a label, not who did what: design is quoted for the review, and the header
    // says the stages are not described yet, never that the evidence does not show them.
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toContain(
      'The text uses the words: co-production, co-designed. Calls itself co-production; define, design, decide, deliver and evaluate are not described yet: the review asks about them.',
    );
    expect(said).not.toContain('does not yet show');
    expect(parse(run.stdout).stages.design).toMatchObject({ level: 'unknown', suggested: true });
  });

  it('never replaces a file: -o naming one that exists is refused before anything is read, exit 2', async () => {
    const file = put('one.txt', PROSE.join(' '));
    const out = put('taken.yaml', 'name: keep me\n');
    const run = await runMain(['draft', file, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('taken.yaml already exists, and copro draft never replaces a file');
    expect(readFileSync(out, 'utf8')).toBe('name: keep me\n');
  });

  it('drafts a folder into --out-dir, one file each; a name already taken is refused and the rest still drafted', async () => {
    const folder = join(dir.path, 'inbox');
    dir.write('inbox/a.txt', PROSE.join(' '));
    dir.write('inbox/b.md', PROSE.join(' '));
    dir.write('inbox/notes.yaml', 'not a document');
    const outDir = join(dir.path, 'drafts');
    dir.write('drafts/b.yaml', 'name: already here\n');
    const run = await runMain(['draft', folder, '--out-dir', outDir, '--no-color']);
    expect(run.code).toBe(2);
    expect(existsSync(join(outDir, 'a.yaml'))).toBe(true);
    expect(readFileSync(join(outDir, 'b.yaml'), 'utf8')).toBe('name: already here\n');
    expect(run.stderr).toContain('b.yaml already exists, and copro draft never replaces a file');
    expect(existsSync(join(outDir, 'notes.yaml'))).toBe(false);
  });

  it('asks for --out-dir when there are several inputs, and for a file with --format json', async () => {
    const a = put('x1.txt', 'One.');
    const b = put('x2.txt', 'Two.');
    const many = await runMain(['draft', a, b]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('there are 2 inputs: use --out-dir to write one draft for each into a folder');
    const json = await runMain(['draft', a, '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--format json prints the report on standard output');
  });

  it('reports in JSON for pipelines: counts, sentences used and terms, per input', async () => {
    const file = put('j.txt', `We call it co-production. ${PROSE.join(' ')}`);
    const out = join(dir.path, 'j.yaml');
    const run = await runMain(['draft', file, '-o', out, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ total: 1, drafted: 1, failed: 0 });
    const [result] = report.results;
    expect(result).toMatchObject({
      input: file,
      output: out,
      stages: { suggested: 3, of: 5 },
      questions: { of: 57 },
      terms: { describedAs: 'co-production' },
    });
    expect(result.stages.list).toContainEqual({
      id: 'decide',
      suggested: 'delegate',
      sentences: [4],
      cues: ['residents did it'],
    });
    expect(result.sentences.used).toContainEqual({
      number: 4,
      text: 'Residents voted on how the £20,000 budget was spent.',
      for: expect.arrayContaining(['decide: delegate']),
    });
  });

  it('makes copro assess call a verdict that rests on suggested stages provisional, naming them', async () => {
    const file = put(
      'p.txt',
      "The steering group of residents sets each year's priorities and reviews every round. Residents voted on how the fund was spent.",
    );
    const out = join(dir.path, 'p.yaml');
    expect((await runMain(['draft', file, '-o', out])).code).toBe(0);
    const report = JSON.parse((await runMain(['assess', out, '--format', 'json'])).stdout);
    const { classification } = report.results[0];
    expect(classification.provisional).toBe(true);
    expect(classification.provisionalReasons).toContainEqual(
      expect.stringMatching(
        /^it rests on stage levels that copro draft suggested and no one has confirmed yet: define \(delegate\)/,
      ),
    );
    // Once a person confirms them (deletes the marks), that reason goes.
    writeFileSync(out, readFileSync(out, 'utf8').replace(/\n\s+suggested: true/g, ''));
    const confirmed = JSON.parse((await runMain(['assess', out, '--format', 'json'])).stdout).results[0].classification;
    expect(confirmed.provisionalReasons.join()).not.toContain('copro draft suggested');
  });
});

describe('the bundled CLI reads curly quotes and dashes as the source means them', () => {
  // The bundle is read as latin1 (bin/load-bundle.cjs), so a "’" in a regular expression would
  // match three other characters: the build refuses such a bundle, and this shows the result.
  it('drops a possessive written with ’ and reads a year range written with –, through the bundle', async () => {
    const file = put(
      'curly.txt',
      'The council’s staff and the parents’ group redesigned the service together from 2019–2021.\n\nThanks,\nAmy\nThe Respite Matters group',
    );
    const out = join(dir.path, 'curly.yaml');
    // Through bin/copro.js, a child process: the bundle is what this checks.
    expect(runCli(['draft', file, '-o', out]).code).toBe(0);
    const data = await drafted(out);
    expect(data.year).toBe('2019-2021');
    expect(data.organisation).toBe('Respite Matters group');
    // "council’s staff" is the council's staff: the possessive is dropped, not read as a word.
    expect(data.partners).toContainEqual({ name: 'council staff', kind: 'staff', side: 'service' });
  });
});

describe('the guide\'s "From an email to a scorecard"', () => {
  it("shows a real run of copro draft on docs/parents-email.eml (issue 19's email)", async () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guide.md'), 'utf8');
    const out = join(dir.path, 'respite.yaml');
    const run = runCli(['draft', 'docs/parents-email.eml', '-o', out, '--no-color'], { env: { COLUMNS: '100' } });
    expect(run.code).toBe(0);
    expect(guide).toContain(run.stderr.replaceAll(out, 'respite.yaml'));
    // The details come from the email too: its subject, "about two years ago" against its Date
    // header, and the people it names on both sides.
    const data = await drafted(out);
    expect(data).toMatchObject({ name: 'Our respite booking hub', year: '2024-2026', describedAs: 'co-production' });
    expect(data.partners).toContainEqual({ name: 'parents', kind: 'carers-and-families', side: 'community' });
    expect(data.partners).toContainEqual({ name: 'council staff', kind: 'staff', side: 'service' });
    const stages = readFileSync(out, 'utf8').split('\nstages:\n')[1]!.split('\n\n')[0]!;
    expect(guide).toContain(
      `stages:\n${stages
        .split('\n')
        .filter((l) => !l.trim().startsWith('#'))
        .join('\n')}`,
    );
  });
});
