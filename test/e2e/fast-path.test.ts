// The built CLI is the fast path: one bundle with a code cache, validators generated at build
// time, the bundled framework read from the build's cache, and a large batch shared among
// worker threads. None of that may change a byte of what copro says. These tests run it on a
// generated batch (good files and bad ones, spooled to disk on the way) and on the examples, and
// compare its report with the plain path: the TypeScript sources run in this process, with the
// schemas compiled by ajv here and the framework read from its YAML.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreFiles } from '../../src/batch/score-files.js';
import { FRAMEWORK_CACHE, loadFrameworkCached } from '../../src/io/framework-cache.js';
import { DEFAULT_FRAMEWORK, PACKAGE_ROOT } from '../../src/io/package-paths.js';
import { readPlaceList } from '../../src/io/load-places.js';
import { readSourceCache } from '../../src/io/source-cache.js';
import { parse } from 'yaml';
import { renderJson } from '../../src/render/json/render.js';
import { writeProjects } from '../../scripts/synthetic-projects.mjs';
import { defaultFramework, EXAMPLES, runCli, STACK_TRACE, tempDir } from '../helpers.js';

/** Enough files for the default to start workers where cores are idle for them, and for the JSON report to spool to disk. */
const GENERATED = 300;

/** Bad files among the good, so that errors (and the schema's messages) are compared too. */
const BAD_FILES: Record<string, string> = {
  'project-0005-broken.yaml': 'name: "never closed\nstages: {\n',
  'project-0040-typo.yaml':
    'name: Typo\nanswers:\n  shared-power.strategic: { answer: yes, evidnce: "Residents set the themes" }\n',
  'project-0041-types.yaml': 'name: [not, text]\nyear: true\nstages: { design: 3 }\n',
  'project-0077-level.yaml':
    'name: Level\nstages:\n  design: colaborate\n  decide: { level: delegated, evidence: "x" }\n',
  'project-0100-answer.yaml':
    'name: Answer\nanswers:\n  shared-power.strategic: maybe\n  sharedpower.binding-decision: yes\n',
  'project-0150-list.yaml': '- name: A list\n- of things\n',
  'project-0200-empty.yaml': '',
  'project-0250-two.yaml': 'name: One\n---\nname: Two\n',
  'project-0299-duplicate.yaml': 'name: Twice\nname: Again\n',
};

const dir = tempDir();
const batch = join(dir.path, 'batch');
let plainBatch: string;
let plainExamples: string;

beforeAll(async () => {
  writeProjects(batch, GENERATED, 5);
  for (const [name, text] of Object.entries(BAD_FILES)) writeFileSync(join(batch, name), text);
  const framework = await defaultFramework();
  plainBatch = renderJson(await scoreFiles(framework, [batch]));
  plainExamples = renderJson(await scoreFiles(framework, [EXAMPLES]));
});
afterAll(() => dir.remove());

/** Runs the CLI with -o and returns the report it wrote, with its exit code and messages. */
function cliReport(args: string[], name: string) {
  const out = join(dir.path, name);
  const run = runCli(['assess', ...args, '-o', out]);
  return { ...run, report: readFileSync(out, 'utf8') };
}

describe('the fast path says what the plain path says', () => {
  it('compares a batch of good and bad files, of every class', () => {
    const report = JSON.parse(plainBatch);
    expect(report.summary).toMatchObject({ scored: GENERATED, invalid: Object.keys(BAD_FILES).length });
    // Every class on the scale; outcomes off it (framework 3.0.0) need files written for them.
    for (const id of ['co-production', 'partial-co-production', 'consultation'])
      expect(report.summary.classes[id]).toBeGreaterThan(0);
  });

  for (const jobs of [undefined, '1', '2', '3']) {
    it(`gives the same JSON report byte for byte on a generated batch (${jobs ? `--jobs ${jobs}` : 'default jobs'})`, () => {
      const run = cliReport(
        [batch, '--format', 'json', ...(jobs ? ['--jobs', jobs] : [])],
        `batch-${jobs ?? 'default'}.json`,
      );
      expect(run.code).toBe(2); // the bad files
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.report).toBe(plainBatch);
    });
  }

  it('gives the same JSON report byte for byte on the examples', () => {
    const run = runCli(['assess', EXAMPLES, '--format', 'json', '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plainExamples);
  });

  it('gives the same table and the same messages with worker threads as without', () => {
    const one = cliReport([batch, '--jobs', '1'], 'table-1.txt');
    const two = cliReport([batch, '--jobs', '2'], 'table-2.txt');
    expect(two.report).toBe(one.report);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    for (const name of Object.keys(BAD_FILES)) expect(one.stderr).toContain(name);
  });

  it('uses the bundled framework from the build, equal to the one read from its YAML', async () => {
    const cached = await loadFrameworkCached();
    expect(cached).toEqual({ ok: true, framework: await defaultFramework(), files: [DEFAULT_FRAMEWORK] });
    // The cache: the framework file's length on a line, its bytes, then the framework as JSON.
    const cache = readFileSync(FRAMEWORK_CACHE);
    const source = readFileSync(DEFAULT_FRAMEWORK);
    const head = `${source.length}\n`;
    expect(cache.toString('latin1', 0, head.length)).toBe(head);
    expect(cache.subarray(head.length, head.length + source.length).equals(source)).toBe(true);
    expect(JSON.parse(cache.toString('utf8', head.length + source.length))).toEqual(await defaultFramework());
  });
});

describe("the build's cache of a shipped file", () => {
  const places = join(PACKAGE_ROOT, 'criteria', 'places.yaml');
  const placesCache = join(PACKAGE_ROOT, 'dist', 'places.cache');

  it('gives the list of places, equal to the one read from its YAML', () => {
    const fromYaml = parse(readFileSync(places, 'utf8'));
    expect(readSourceCache(placesCache, places)).toEqual(fromYaml);
    expect(readPlaceList()).toEqual(fromYaml);
  });

  it('is not used for a file that no longer holds the bytes it was made from', () => {
    const dir = tempDir();
    try {
      const edited = dir.write('places.yaml', readFileSync(places, 'utf8').replace('Kirkcaldy', 'Kirkcaldie'));
      expect(readSourceCache(placesCache, edited)).toBeUndefined();
      const same = dir.write('same.yaml', readFileSync(places, 'utf8'));
      expect(readSourceCache(placesCache, same)).toEqual(parse(readFileSync(places, 'utf8')));
      expect(readSourceCache(join(dir.path, 'no-cache'), places)).toBeUndefined();
    } finally {
      dir.remove();
    }
  });
});

describe('--jobs', () => {
  for (const bad of ['0', '-1', 'two', '1.5', '65']) {
    it(`refuses --jobs ${bad} with a plain message and exit 2`, () => {
      const run = runCli(['assess', EXAMPLES, '--jobs', bad]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/--jobs takes a whole number from 1 to 64/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    });
  }
});
