// YAML slips from word processors and hand editing, named for what they are, and every problem
// the parser can recover from reported with the rest.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../../src/io/read-yaml.js';
import { unclosedBracketAt } from '../../../src/io/yaml-errors.js';

function problems(text: string): string[] {
  const read = parseYamlText('p.yaml', text);
  return read.ok
    ? read.source.problems.map((e) => `${e.line}:${e.column}: ${e.message}`)
    : read.errors.map((e) => `${e.line}:${e.column}: ${e.message}`);
}

describe('YAML slips', () => {
  it('names curly quotes as the cause, not "a key is followed by something YAML cannot read"', () => {
    const [message] = problems('name: Q\nsummary: “Workshops: six of them”\n');
    expect(message).toMatch(/^2:\d+: curly quotes \(“ ” ‘ ’, as a word processor types them\) are not YAML quotes/);
  });

  it('names a non-breaking space after a colon, at the space', () => {
    expect(problems('name:\u00A0Nbsp\nyear: 2019\n')).toEqual([
      '1:6: a non-breaking space (often pasted from a word processor) is not a space to YAML: after "key:" type an ordinary space',
    ]);
  });

  it('notes a value a " #" cut short, and one that begins with a curly quote', () => {
    const read = parseYamlText(
      'p.yaml',
      'name: Q\nsummary: “See minutes #4 and report”\nlocation: Leith   # a comment as people write them\n',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.source.notes.map((n) => `${n.line}:${n.column}: ${n.message}`)).toEqual([
      '2:10: only "“See minutes" was read: in YAML " #" starts a comment, so "#4 and report”" was left out (and curly quotes are not YAML quotes): put the whole value in straight quotes (")',
    ]);
  });

  it('names a second colon in a plain value, and shows the value quoted', () => {
    expect(problems('name: Braehead: one-call repairs service\nyear: 2024\n')).toEqual([
      '1:7: the value of "name" has a colon and a space in it ("Braehead:"), which YAML reads as the start of another key: put the whole value in double quotes, e.g. name: "Braehead: one-call repairs service"',
    ]);
    // A colon without a space after it (a web address, a time) is fine as it is.
    expect(problems('name: Talks\nsummary: see https://example.org at 10:30\n')).toEqual([]);
  });

  it("names an apostrophe that ends a value in '…' early", () => {
    expect(problems("name: 'Braehead Tenants' Forum'\nyear: 2024\n")[0]).toMatch(
      /^1:\d+: an apostrophe inside '…' ends the value early \(after "Braehead Tenants"\): put the value in double quotes instead/,
    );
    expect(problems("name: 'Tenants'' Forum' # doubled, as YAML wants\n")).toEqual([]);
  });

  it('shows only the tabs while any tab indents a line: what the parser says after one mostly comes from it', () => {
    const text = 'name: x\nstages:\n  define:\n\tlevel: consult\n  design:\n    level: involve\n  decide: consult\n';
    expect(problems(text)).toEqual(['4:1: a tab is used for indentation; YAML needs spaces']);
    // With the tab gone, the file reads (and a real problem after it would be reported then).
    expect(problems(text.replace('\t', '    '))).toEqual([]);
  });

  it('names the repeated key, and keeps reading the file', () => {
    const read = parseYamlText('p.yaml', 'name: A\nyear: 2019\nname: B\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.source.problems.map((e) => `${e.line}:${e.column}: ${e.message}`)).toEqual([
      '3:1: the key "name" appears twice in one map; each key may appear once',
    ]);
  });

  it('locates an unclosed [ or { where it was opened, not at the end of the file', () => {
    expect(problems('name: A\nanswers: [a, b\nyear: 2019\n\n')).toContain(
      '2:10: this [ is never closed: add the missing ]',
    );
    expect(unclosedBracketAt('a: { b: "}" , c: [1, 2]\n# } not this\n', 40)).toBe(3);
    expect(unclosedBracketAt('a: [1, 2]\n', 10)).toBeUndefined();
  });
});
