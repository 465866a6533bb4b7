// Issue 23 S1: copro finds repeated keys itself, in one pass, instead of the yaml library's check of
// every key against every earlier one. The errors must be the library's exactly: same code, same
// place, same order among the document's other errors.
import { LineCounter, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { composeDocuments, parseTokens, YAML_OPTIONS } from '../../../src/io/yaml-parse.js';

const TEXTS = [
  'a: 1\na: 2\n',
  'name: x\nanswers:\n  k: yes\n  j: no\n  k: partly\nstages:\n  design: inform\n  design: consult\n',
  '{a: 1, b: 2, a: 3}\n',
  '"a": 1\na: 2\n\'a\': 3\n',
  '1: x\n"1": y\n1: z\n',
  '&anchor a: 1\na: 2\n',
  ': empty\n: again\n',
  '.nan: 1\n.nan: 2\n',
  'a: 1\nb: [unclosed\na: 2\n',
  'outer:\n  a: 1\n  a: 2\nouter: 3\n',
  'a:\n  - {x: 1, x: 2}\n  - x: 1\n    x: 2\n',
  'a: 1\n---\na: 2\na: 3\n',
  'key: "unterminated\nkey: 2\n',
];

const withLibrary = (text: string) =>
  parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: new LineCounter() }) as unknown as {
    errors: { code: string; pos: [number, number] }[];
  }[];

function withCopro(text: string) {
  const parsed = parseTokens(text, new LineCounter(), 64);
  if (!parsed.ok) throw new Error('too deep');
  return composeDocuments(parsed.tokens, text);
}

const summary = (docs: { errors: { code: string; pos: [number, number] }[] }[]) =>
  docs.map((doc) => doc.errors.map((e) => `${e.code}@${e.pos[0]}`));

describe('repeated keys, found in one pass', () => {
  for (const text of TEXTS)
    it(`as the library finds them: ${JSON.stringify(text)}`, () => {
      expect(summary(withCopro(text))).toEqual(summary(withLibrary(text)));
    });

  it('40,000 repeats of one key: each found, in one pass', () => {
    const text = `answers:\n${'  same: yes\n'.repeat(40_000)}`;
    const errors = withCopro(text)[0]!.errors;
    expect(errors).toHaveLength(39_999);
    expect(errors.every((e) => e.code === 'DUPLICATE_KEY')).toBe(true);
  });
});
