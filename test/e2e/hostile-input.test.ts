// The corpus of broken and hostile input (test/corpus, plus files too big, binary or odd to
// commit, made here once): a plain, located message on stderr and exit 2, or acceptance where
// that is right. Never a stack trace, a hang or a crash. The committed files, each small, run
// in-process (runMain); the batch, the huge, deep, binary and unreadable files run the built CLI.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, RUNNING_AS_ROOT, runCliAsync } from '../cli-process.js';
import { BIN, ROOT, STACK_TRACE, schemaValidator, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const CORPUS = join(ROOT, 'test', 'corpus');
const PROJECTS = join(CORPUS, 'projects');
const FRAMEWORKS = join(CORPUS, 'frameworks');
const validateReport = await schemaValidator('report');

// Each committed bad project: what copro must say about it, with the file:line:column it names.
const REFUSED: [file: string, stderr: RegExp][] = [
  ['tab-indent.yaml', /tab-indent\.yaml:3:1: a tab is used for indentation; YAML needs spaces/],
  // A key that is a map is refused as an unknown field, without a Node.js warning.
  ['complex-key.yaml', /complex-key\.yaml:\d+:\d+: unknown field "\{ a: 1 \}"/],
  ['unclosed-quote.yaml', /unclosed-quote\.yaml:4:1: a value opened with " is not closed/],
  ['duplicate-key.yaml', /duplicate-key\.yaml:2:1: the key "name" appears twice in one map/],
  [
    'wrong-types.yaml',
    /wrong-types\.yaml:1:7: "name" should be text, not 42\n.*wrong-types\.yaml:2:7: "year" should be a year/,
  ],
  [
    'unknown-field.yaml',
    /unknown-field\.yaml:2:1: unknown field "colour"[^\n]*\n.*unknown-field\.yaml:4:29: unknown field "evidnce": use level, plan, evidence or suggested — did you mean "evidence"\?/,
  ],
  ['empty.yaml', /empty\.yaml: the file is empty: expected a YAML map/],
  ['only-comment.yaml', /only-comment\.yaml: the file holds only comments, no data/],
  ['list-not-map.yaml', /list-not-map\.yaml:1:1: expected a map of keys .* but the file holds a list/],
  [
    'two-documents.yaml',
    /two-documents\.yaml:2:1: the file holds 2 YAML documents \(separated by ---\); copro reads one per file/,
  ],
  [
    'invalid-utf8.yaml',
    /invalid-utf8\.yaml:2:14: this is not a YAML text file: it is not valid UTF-8 text \(save it as UTF-8\)/,
  ],
  ['utf16.yaml', /utf16\.yaml: this is not a YAML text file copro can read: it is saved as UTF-16/],
  [
    'alias-bomb.yaml',
    /alias-bomb\.yaml:3:8: the aliases \(\*name\) in this file would expand into too much data: more than 100 expansions/,
  ],
  ['alias-loop.yaml', /alias-loop\.yaml: lists and maps are nested more than 64 levels deep/],
  [
    'proto-keys.yaml',
    /proto-keys\.yaml:2:1: unknown field "__proto__"[\s\S]*proto-keys\.yaml:4:1: unknown field "constructor"[\s\S]*proto-keys\.yaml:8:3: "__proto__" is not a stage/,
  ],
  ['tag-js-function.yaml', /tag-js-function\.yaml:1:7: the YAML tag "!!js\/function" is not accepted/],
  ['tag-python.yaml', /tag-python\.yaml:2:10: the YAML tag "!!python\/object\/apply:os\.system" is not accepted/],
  ['tag-custom.yaml', /tag-custom\.yaml:2:7: the YAML tag "!year" is not accepted/],
  ['tag-binary.yaml', /tag-binary\.yaml:2:10: the YAML tag "!!binary" is not accepted/],
  // Issue 11: a name with nothing to see, an id that hid an escape sequence, a file of long keys.
  [
    'blank-name.yaml',
    /blank-name\.yaml:2:7: "name" has no visible text, only spaces or invisible characters: write the project's name/,
  ],
  ['invisible-name.yaml', /invisible-name\.yaml:2:7: "name" has no visible text/],
  ['escape-in-stage-id.yaml', /escape-in-stage-id\.yaml:4:3: "design\uFFFD" is not a stage/],
  // Not a project file at all (none of name, stages, answers): one line, quoting nothing of it (10.12, 11.7).
  [
    'long-unknown-keys.yaml',
    /long-unknown-keys\.yaml:3:1: not a copro project file: it has none of "name", "stages" and "answers"/,
  ],
];

// Right to accept: a byte-order mark, Windows line ends, a %YAML 1.1 line, names with spaces or accents.
const ACCEPTED: [file: string, name: string][] = [
  ['byte-order-mark.yaml', 'Saved with a byte-order mark'],
  ['crlf-line-ends.yaml', 'Saved on Windows'],
  ['yaml-1-1-directive.yaml', 'Declares YAML 1.1'],
  ['names/with space/my project.yaml', 'Folder and file name with spaces'],
  ['names/ünïcødé/pròiseact ✓.yaml', 'Ceòl agus Cànan'],
  ['line-separators.yaml', 'Line\u2028separated\u2029name\u061c here'],
  ['web-addresses.yaml', 'See https://evil.example/x, www.example.org and bob@example.com'],
];

function expectPlainRefusal(run: { code: number | null; stdout: string; stderr: string }, expected: RegExp) {
  expect(run.stderr).toMatch(expected);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.code).toBe(2);
}

describe('committed corpus: each bad project alone', () => {
  for (const [file, expected] of REFUSED) {
    it(`${file}: a located, plain message and exit 2`, async () => {
      const run = await runMain(['assess', join(PROJECTS, file)]);
      expectPlainRefusal(run, expected);
      expect(run.stdout).toBe('');
    });
  }

  for (const [file, name] of ACCEPTED) {
    it(`${file}: accepted and scored`, async () => {
      const run = await runMain(['assess', join(PROJECTS, file), '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(validateReport(report)).toBe(true);
      expect(report.results[0].project.name).toBe(name);
      expect(report.results[0].file).toBe(join(PROJECTS, file));
    });
  }

  it('reads YAML 1.2 even under %YAML 1.1: "yes" stays the word yes, not true', async () => {
    const run = await runMain(['assess', join(PROJECTS, 'yaml-1-1-directive.yaml'), '--format', 'json']);
    const design = JSON.parse(run.stdout).results[0].stages.find((s: { id: string }) => s.id === 'design');
    expect(design.evidence).toBe('yes');
  });
});

describe('committed corpus: the whole folder as one batch', () => {
  it('reports every good file and every bad one, with exit 2', async () => {
    const run = await runCliAsync(['assess', PROJECTS, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/Warning:/);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report)).toBe(true);
    const scored = report.results.map((r: { file: string }) => r.file);
    for (const [file] of ACCEPTED) expect(scored).toContain(join(PROJECTS, file));
    const failed = new Set(report.errors.map((e: { file: string }) => e.file));
    for (const [file] of REFUSED) expect(failed).toContain(join(PROJECTS, file));
    expect(report.summary.invalid).toBe(REFUSED.length);
    for (const error of report.errors) expect(error.message).toMatch(/^[^\n]+$/);
  });
});

describe('frameworks with broken references, duplicate ids or a cycle in extends', () => {
  const project = join(PROJECTS, 'crlf-line-ends.yaml');
  const cases: [file: string, stderr: RegExp][] = [
    [
      'dangling-reference.yaml',
      /dangling-reference\.yaml:8:27: "nef\.no-such-item" is not a source item of this framework/,
    ],
    [
      'duplicate-ids.yaml',
      /duplicate-ids\.yaml:11:13: indicator id "extra\.asked" is used more than once: ids must be unique/,
    ],
    [
      'extends-cycle-a.yaml',
      /extends-cycle-b\.yaml:2:10: "extends" goes round in a circle: .*extends-cycle-a\.yaml → .*extends-cycle-b\.yaml → .*extends-cycle-a\.yaml/,
    ],
    [
      'extends-missing.yaml',
      /extends-missing\.yaml:1:10: "extends: no-such-parent\.yaml" cannot be used: no such file or folder/,
    ],
    // Issue 11.16: numbers that once crashed assess or scored NaN.
    ['weight-infinite.yaml', /weight-infinite\.yaml:6:13: "weight" should be at most 100, not \.inf/],
    ['weight-huge.yaml', /weight-huge\.yaml:6:13: "weight" should be at most 100, not 1e\+308/],
    ['points-nan.yaml', /points-nan\.yaml:5:18: "yes" should be at most 100, not \.nan/],
  ];
  for (const [file, expected] of cases) {
    it(`${file}: refused with its file and line, exit 2`, async () => {
      const run = await runMain(['assess', project, '--framework', join(FRAMEWORKS, file)]);
      expect(run.stderr).toMatch(/^copro: the framework is not valid\n/);
      expectPlainRefusal(run, expected);
      expect(run.stdout).toBe('');
    });
  }

  it('a stage named "constructor" is a stage like any other, not an inherited property', async () => {
    const run = await runMain([
      'assess',
      project,
      '--framework',
      join(FRAMEWORKS, 'stage-named-constructor.yaml'),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.results[0].stages.find((s: { id: string }) => s.id === 'constructor')).toMatchObject({
      level: 'unknown',
      levelLabel: 'not described',
    });
  });
});

describe('generated: too big, binary, deep, linked in loops, unreadable', () => {
  const dir = tempDir();
  const at = (...parts: string[]) => join(dir.path, ...parts);
  const GOOD = 'name: A good project\nstages:\n  design: collaborate\n';

  beforeAll(() => {
    chmodSync(dir.path, 0o755); // readable by the unprivileged user of the permission test
    writeFileSync(at('huge.yaml'), `name: Huge\nsummary: |\n${`  ${'x'.repeat(78)}\n`.repeat(400_000)}`); // about 32 MB
    writeFileSync(
      at('picture.yaml'),
      Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(512, 7)]),
    );
    writeFileSync(at('deep-brackets.yaml'), `name: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`);
    let block = 'name: Deep\nsummary:\n';
    for (let level = 1; level <= 2000; level++) block += `${' '.repeat(level)}k:\n`;
    writeFileSync(at('deep-block.yaml'), block);
    mkdirSync(at('loops', 'sub'), { recursive: true });
    writeFileSync(at('loops', 'good.yaml'), GOOD);
    symlinkSync('..', at('loops', 'sub', 'back-up')); // a folder link back to its parent
    symlinkSync('self.yaml', at('loops', 'self.yaml')); // a file link to itself
    symlinkSync('nowhere.yaml', at('loops', 'dangling.yaml'));
    mkdirSync(at('locked'));
    writeFileSync(at('locked', 'good.yaml'), GOOD);
    writeFileSync(at('locked', 'secret.yaml'), GOOD);
    chmodSync(at('locked', 'secret.yaml'), 0o000);
  }, 60_000);
  afterAll(() => dir.remove());

  it.concurrent('a file of tens of megabytes is refused from its size, before it is read', async () => {
    const run = await runCliAsync(['assess', at('huge.yaml')]);
    expectPlainRefusal(
      run,
      /huge\.yaml: the file is 30\.\d MB, more than the 5\.0 MB copro reads \(set COPRO_MAX_FILE_MB to allow more\)/,
    );
  });

  it.concurrent('the size limit can be changed with COPRO_MAX_FILE_MB, and a bad value is a usage error', async () => {
    writeFileSync(at('two-kilobytes.yaml'), `name: Two kilobytes\nsummary: ${'x'.repeat(2048)}\n`);
    const small = await runCliAsync(['assess', at('two-kilobytes.yaml')], { env: { COPRO_MAX_FILE_MB: '0.001' } });
    expectPlainRefusal(small, /two-kilobytes\.yaml: the file is 2 KB, more than the 1 KB copro reads/);
    const bad = await runCliAsync(['assess', join(PROJECTS, 'crlf-line-ends.yaml')], {
      env: { COPRO_MAX_FILE_MB: 'lots' },
    });
    expectPlainRefusal(
      bad,
      /^copro: COPRO_MAX_FILE_MB must be a number of megabytes from 0\.001 to 1024, in plain digits \(e\.g\. 0\.5 or 20\), not "lots"\n$/,
    );
  });

  it.concurrent('a device that never ends (/dev/zero) is read only up to the limit, then refused', async () => {
    const run = await runCliAsync(['assess', '/dev/zero']);
    expectPlainRefusal(run, /\/dev\/zero: the file is larger than the 5\.0 MB copro reads/);
  });

  it.concurrent('a binary file named .yaml gets a plain "not a YAML text file" message', async () => {
    const run = await runCliAsync(['assess', at('picture.yaml')]);
    expectPlainRefusal(
      run,
      /picture\.yaml: this is not a YAML text file: it holds binary data \(such as a picture or a word-processor document\), not plain text/,
    );
  });

  it.concurrent('a million nested brackets are refused where the nesting passes the limit', async () => {
    const run = await runCliAsync(['assess', at('deep-brackets.yaml')]);
    expectPlainRefusal(
      run,
      /deep-brackets\.yaml:1:71: lists and maps are nested more than 64 levels deep \(set COPRO_MAX_DEPTH to allow more\)/,
    );
  });

  it.concurrent('deeply indented maps are refused the same way', async () => {
    const run = await runCliAsync(['assess', at('deep-block.yaml')]);
    expectPlainRefusal(run, /deep-block\.yaml:\d+:\d+: lists and maps are nested more than 64 levels deep/);
  });

  it.concurrent('a folder with a link loop, a self-link and a dangling link ends, scoring the good file', async () => {
    const run = await runCliAsync(['assess', at('loops'), '--format', 'json']);
    expectPlainRefusal(run, /self\.yaml: a symbolic link here points back on itself/);
    expect(run.stderr).toMatch(/dangling\.yaml: this is a symbolic link to something that does not exist/);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { file: string }) => r.file)).toEqual([at('loops', 'good.yaml')]);
    expect(report.summary).toMatchObject({ total: 3, scored: 1, invalid: 2 });
  });

  // Root reads a file whatever its mode, so as root copro is run as the unprivileged "nobody";
  // where nobody cannot even start copro (the checkout is private), the case cannot be made.
  const asNobody = RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : undefined;
  const nobodyCanRun =
    !asNobody || spawnSync(process.execPath, [BIN, '--version'], { ...asNobody, cwd: '/' }).status === 0;
  it.concurrent(
    'an unreadable file in a folder is reported, and the rest of the folder still scored',
    async ({ skip }) => {
      if (!nobodyCanRun)
        skip('running as root, and the unprivileged user cannot read this checkout: chmod 000 would not stop root');
      const run = await runCliAsync(
        ['assess', at('locked'), '--format', 'json'],
        asNobody ? { ...asNobody, cwd: dir.path } : {},
      );
      expectPlainRefusal(run, /secret\.yaml: permission denied: copro cannot read this/);
      const report = JSON.parse(run.stdout);
      expect(report.results.map((r: { file: string }) => r.file)).toEqual([at('locked', 'good.yaml')]);
    },
  );
});
