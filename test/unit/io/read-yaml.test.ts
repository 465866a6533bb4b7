// The YAML reader's limits and refusals, in process: exactly where each limit falls, that the
// refusals are plain and located, and that no key reaches Object.prototype.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv, sizeWords, type ReadLimits } from '../../../src/io/limits.js';
import { loadProjectBytes } from '../../../src/io/load-project.js';
import { parseYamlText, readYamlText } from '../../../src/io/read-yaml.js';
import { defaultFramework } from '../../helpers.js';

const framework = await defaultFramework();
const limits = (changes: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...changes });

function errorsOf(text: string, given: ReadLimits = DEFAULT_LIMITS) {
  const read = parseYamlText('f.yaml', text, given);
  return read.ok ? [] : read.errors;
}

const flowNest = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
const blockNest = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' end\n';

describe('nesting', () => {
  for (const [form, nest] of [
    ['flow', flowNest],
    ['block', blockNest],
  ] as const) {
    it(`accepts ${form} nesting exactly at the limit and refuses one level more`, () => {
      expect(errorsOf(nest(10), limits({ maxDepth: 10 }))).toEqual([]);
      const [error] = errorsOf(nest(11), limits({ maxDepth: 10 }));
      expect(error!.message).toBe(
        'lists and maps are nested more than 10 levels deep (set COPRO_MAX_DEPTH to allow more)',
      );
    });
  }

  it('refuses a million brackets at the first level past the limit, located', () => {
    expect(errorsOf(flowNest(1_000_000))).toEqual([
      { file: 'f.yaml', line: 1, column: 66, message: expect.stringContaining('nested more than 64 levels') },
    ]);
  });

  it('refuses an alias that refers to itself (an endless structure) as too deep', () => {
    expect(errorsOf('a: &a [*a]\n')[0]!.message).toMatch(/nested more than 64 levels/);
  });
});

describe('aliases', () => {
  const uses = (n: number) => `base: &b { x: 1 }\n${Array.from({ length: n }, (_, i) => `c${i}: *b`).join('\n')}\n`;

  // The yaml library counts the anchored value itself as the first of the limit's expansions.
  it('allows ordinary use of aliases and refuses expansion past the limit, at the first alias', () => {
    expect(errorsOf(uses(9), limits({ maxAliases: 10 }))).toEqual([]);
    expect(errorsOf(uses(10), limits({ maxAliases: 10 }))).toEqual([
      {
        file: 'f.yaml',
        line: 2,
        column: 5,
        message: expect.stringMatching(
          /^the aliases \(\*name\) in this file would expand into too much data: more than 10 expansions/,
        ),
      },
    ]);
  });

  it('refuses the billion laughs', () => {
    let text = 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++)
      text += `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    expect(errorsOf(text)[0]!.message).toMatch(/would expand into too much data/);
  });
});

describe('size', () => {
  it('refuses input over the size limit, saying how to allow more', () => {
    const read = readYamlText('<stdin>', Buffer.from('name: A project\n'), limits({ maxFileBytes: 8 }));
    expect(read.ok ? [] : read.errors).toEqual([
      {
        file: '<stdin>',
        message: 'the input is larger than the 8 bytes copro reads (set COPRO_MAX_FILE_MB to allow more)',
      },
    ]);
  });

  it('words sizes the way a person would', () => {
    expect([sizeWords(512), sizeWords(12 * 1024), sizeWords(30 * 1024 * 1024)]).toEqual([
      '512 bytes',
      '12 KB',
      '30.0 MB',
    ]);
  });
});

describe('limits from the environment', () => {
  it('uses the defaults, changed by any COPRO_MAX_* set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ COPRO_MAX_FILE_MB: '20', COPRO_MAX_ALIASES: '500', COPRO_MAX_DEPTH: '' })).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxAliases: 500,
      maxDepth: DEFAULT_LIMITS.maxDepth,
    });
    expect(limitsFromEnv({ COPRO_MAX_FILE_MB: '0.5' }).maxFileBytes).toBe(512 * 1024);
  });

  it('refuses values that are not numbers, not whole, zero, negative or past the ceiling', () => {
    expect(() => limitsFromEnv({ COPRO_MAX_FILE_MB: 'lots' })).toThrow(
      'COPRO_MAX_FILE_MB must be a number of megabytes from 0.001 to 1024, in plain digits (e.g. 0.5 or 20), not "lots"',
    );
    expect(() => limitsFromEnv({ COPRO_MAX_DEPTH: '2.5' })).toThrow(
      'COPRO_MAX_DEPTH must be a whole number of levels from 1 to 256, in plain digits (e.g. 64), not "2.5"',
    );
    expect(() => limitsFromEnv({ COPRO_MAX_ALIASES: '0' })).toThrow('COPRO_MAX_ALIASES must be a whole number');
    expect(() => limitsFromEnv({ COPRO_MAX_FILE_MB: '-1' })).toThrow('COPRO_MAX_FILE_MB');
    expect(() => limitsFromEnv({ COPRO_MAX_DEPTH: '100000' })).toThrow('from 1 to 256');
  });

  it('takes plain decimal numbers in a sensible range only (issue 11.17)', () => {
    for (const raw of ['1e-9', '0.0001', '1e3', '0x10', '0b11', '0o7', 'Infinity', '+5', '5 MB', '1_000', '1,5']) {
      expect(() => limitsFromEnv({ COPRO_MAX_FILE_MB: raw }), raw).toThrow(
        `COPRO_MAX_FILE_MB must be a number of megabytes from 0.001 to 1024`,
      );
    }
    for (const raw of ['1e2', '0x40', '64.0', '1.5'])
      expect(() => limitsFromEnv({ COPRO_MAX_DEPTH: raw }), raw).toThrow('COPRO_MAX_DEPTH must be a whole number');
    expect(limitsFromEnv({ COPRO_MAX_FILE_MB: '0.001' }).maxFileBytes).toBe(1048);
    expect(limitsFromEnv({ COPRO_MAX_FILE_MB: ' 1024 ', COPRO_MAX_DEPTH: '256' })).toMatchObject({
      maxFileBytes: 1024 * 1024 * 1024,
      maxDepth: 256,
    });
  });

  it('keeps the deepest nesting it allows well within what the YAML library can build', () => {
    const deepest = limits({ maxDepth: 256 });
    expect(errorsOf(flowNest(256), deepest)).toEqual([]);
    expect(errorsOf(blockNest(256), deepest)).toEqual([]);
  });
});

describe('prototype keys', () => {
  const HOSTILE = [
    'name: P',
    '__proto__: { polluted: yes }',
    'constructor: { prototype: { polluted: yes } }',
    'stages:',
    '  __proto__: { level: delegate }',
    '  constructor: collaborate',
    'answers:',
    '  __proto__: { answer: yes }',
    '  constructor: yes',
    '  toString: yes',
    'tags: [{ __proto__: { polluted: yes } }]',
  ].join('\n');

  it('neither crashes nor pollutes: each key is reported, Object.prototype stays as it was', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const loaded = loadProjectBytes(framework, 'hostile.yaml', Buffer.from(HOSTILE));
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2:1 unknown field "__proto__"/),
        expect.stringMatching(/^3:1 unknown field "constructor"/),
        expect.stringMatching(/^5:3 "__proto__" is not a stage/),
        expect.stringMatching(/^6:3 "constructor" is not a stage/),
        expect.stringMatching(/^8:3 "__proto__" is not an indicator/),
        expect.stringMatching(/^10:3 "toString" is not an indicator/),
      ]),
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads "__proto__" as an ordinary key of the data, not as its prototype', () => {
    const read = parseYamlText('f.yaml', '__proto__: { polluted: yes }\n');
    const data = read.ok ? (read.source.data as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
