// The fast paths must never differ from the yaml library: the one that builds data straight from
// the parser's tree (yaml-plain.ts) and the quick read with js-yaml (yaml-quick.ts). Where either
// answers, the library composes the same data with no error and no warning; where the library
// would object, neither may answer. Checked on every project file in the repository and
// on many thousands of texts made by breaking those files a few characters at a time.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainYamlData } from '../../../src/io/yaml-plain.js';
import { quickYamlData } from '../../../src/io/yaml-quick.js';
import { composeDocuments, parseTokens } from '../../../src/io/yaml-parse.js';
import { parseYamlText } from '../../../src/io/read-yaml.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function yamlFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(ROOT, folder, name));
}

const CORPUS = ['examples', 'test/calibration', 'test/corpus']
  .flatMap(yamlFiles)
  .map((file) => readFileSync(file, 'utf8'));

/** What the library makes of a text: its data when it has no error and no warning, else undefined. */
function libraryData(text: string): { data: unknown } | undefined {
  const parsed = parseTokens(text, new LineCounter(), 64);
  if (!parsed.ok) return undefined;
  const docs = composeDocuments(parsed.tokens, text);
  if (docs.length !== 1 || docs[0]!.errors.length > 0 || docs[0]!.warnings.length > 0) return undefined;
  return { data: docs[0]!.toJS() };
}

function fastData(text: string): { data: unknown } | undefined {
  const parsed = parseTokens(text, new LineCounter(), 64);
  return parsed.ok ? plainYamlData(text, parsed.tokens) : undefined;
}

/** The property: where a fast path answers, the library agrees, value for value and key order too. */
function agrees(text: string): void {
  for (const [name, fast] of [
    ['plain', fastData(text)],
    ['quick', quickYamlData(text)],
  ] as const) {
    if (fast === undefined) continue;
    const library = libraryData(text);
    expect(library, `the library objects to a text the ${name} path read:\n${text}`).toBeDefined();
    // node's deep strict equality, not toStrictEqual: vitest's reads `constructor` to compare types,
    // and a file with its own "constructor" key (test/corpus/projects/proto-keys.yaml, broken so the
    // fast path reads it) made two equal objects look like different classes.
    expect(isDeepStrictEqual(fast.data, library!.data), `${name} path, on:\n${text}`).toBe(true);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(library!.data));
  }
}

// Characters that change what YAML means, and some that do not.
const BREAKERS = [':', '-', ' ', '  ', '\n', '"', "'", '[', ']', '{', '}', ',', '#', '|', '>', '&', '*', '!', '?'];
const MORE = ['%', '@', '`', '\\', '\t', 'a', '1', '0x1', '.5', 'null', 'true', '~', '---', '...', '\u00A0', 'é'];

describe('plain YAML data straight from the parser', () => {
  it('reads the project files of the repository as the library does, and most of them on the fast path', () => {
    let fast = 0;
    for (const text of CORPUS) {
      agrees(text);
      if (fastData(text)) fast++;
    }
    expect(CORPUS.length).toBeGreaterThan(40);
    // Most files use only the shapes the fast path knows; the rest (comments after values, tabs,
    // anchors) go to the library.
    expect(fast / CORPUS.length).toBeGreaterThan(0.5);
  });

  it('never answers where the library would object, on texts broken a few characters at a time', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.constantFrom(...BREAKERS, ...MORE),
    });
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let broken = text;
        for (const { at, remove, insert } of edits) {
          const place = at % (broken.length + 1);
          broken = broken.slice(0, place) + insert + broken.slice(place + remove);
        }
        agrees(broken);
      }),
      // YAML_FUZZ_RUNS=50000 explores further (a few minutes).
      { numRuns: Number(process.env.YAML_FUZZ_RUNS ?? 1500) },
    );
  }, 600_000);

  it('agrees on a file with its own "constructor" key, broken so the fast path reads it (found by the fuzzing below in CI)', () => {
    agrees(
      'name: Prototype keys\n:_proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nstages:\n\u00A0  __proto__: { level: delegate }\nanswers:\n  :roto__: yes\n  constructor: yes\n',
    );
    expect(fastData('constructor:\n  prototype: 1\n')).toBeDefined();
  });

  it('agrees on small texts built from YAML pieces', () => {
    const piece = fc.constantFrom(
      'a: 1\n',
      'b: "x y"\n',
      "c: 'it''s'\n",
      'd:\n  - one\n  - 2\n',
      'e: [x, "y", 3]\n',
      'f: { answer: yes, evidence: "z" }\n',
      'g: |\n  block\n  text\n',
      'h: >-\n  folded\n  text\n',
      'i:\n',
      'j: ~\n',
      'k: 0o17\n',
      'l: 0x1F\n',
      'm: 1e3\n',
      'n: .inf\n',
      'o: -.5\n',
      'p: true\n',
      'q: False\n',
      'r: NULL\n',
      '# comment\n',
      's: "\\u00e9\\t"\n',
      't: plain\n  folded\n',
      'u: []\n',
      'v: {}\n',
      '"w x": 1\n',
      'y: - a\n',
      'z: a: b\n',
      '---\n',
      'a: 2\n',
      '  indented: 1\n',
      '- item\n',
      ': lone\n',
      '? key\n',
      'k2: [a,\n  b]\n',
      'k3: {a: 1, a: 2}\n',
      'k4: [a, , b]\n',
      'k5: {a}\n',
      'k6: [a: b]\n',
      'k7: "unclosed\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => agrees(pieces.join(''))),
      { numRuns: 3000 },
    );
  });

  it('leaves texts with something to say about them to the library: a comment after a value, a repeated key', () => {
    expect(fastData('name: Ours # the best\n')).toBeUndefined();
    expect(fastData('name: a\nname: b\n')).toBeUndefined();
    expect(fastData('name: \u201Cquoted\u201D\n')).toBeUndefined();
    expect(fastData('name: &a x\nother: *a\n')).toBeUndefined();
    expect(fastData('name: !!binary x\n')).toBeUndefined();
    expect(fastData('__proto__: x\n')).toBeUndefined();
    expect(fastData('name:\tx\n')).toBeUndefined();
    expect(fastData('# only a comment\nname: ours\n')).toEqual({ data: { name: 'ours' } });
    for (const text of [
      'name: Ours # the best\n',
      'name: a\nname: b\n',
      'name: \u201Cquoted\u201D\n',
      'name: &a x\nother: *a\n',
      'name: !!binary x\n',
      'name:\tx\n',
      '%YAML 1.1\n---\nname: yes\n',
      'name: x\n---\nname: y\n',
      'tags: [a,\n  b]\n',
      `${'['.repeat(300)}${']'.repeat(300)}\n`,
    ])
      expect(quickYamlData(text), text).toBeUndefined();
  });

  it('reads plain values by the core schema exactly as the library does: no timestamps, no merges, 0o and 0x only', () => {
    const text =
      'a: -.5\nb: 0b101\nc: 1_000\nd: 0o17\ne: 0x1F\nf: .inf\ng: -.INF\nh: .NaN\ni: 1e3\nj: +12\nk:\nl: ~\nm: Null\nn: TRUE\no: yes\ndate: 2026-05-01\nq: "1"\nr: 1.\ns: 012\n<<: merged\n';
    const quick = quickYamlData(text);
    expect(quick).toBeDefined();
    expect(quick!.data).toStrictEqual(libraryData(text)!.data);
    expect(quick!.data).toMatchObject({ b: '0b101', c: '1_000', d: 15, date: '2026-05-01', '<<': 'merged', o: 'yes' });
  });

  it('still locates a problem the checks find after the fast path read the file', () => {
    const read = parseYamlText('p.yaml', 'name: ours\nstages:\n  define: consult\n  design: [1, 2]\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.source.errorAt(['stages', 'design'], 'not a level')).toEqual({
      file: 'p.yaml',
      line: 4,
      column: 11,
      message: 'not a level',
    });
  });
});
