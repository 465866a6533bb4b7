import { describe, expect, it } from 'vitest';
import { shorten, wrapLines, wrapParagraphs, wrapWords } from '../../../../src/render/text/wrap.js';

describe('word wrapping', () => {
  it('breaks between words, within the width, with its prefixes', () => {
    const lines = wrapWords('one two three four five six seven', 14, '# ', '#   ');
    expect(lines).toEqual(['# one two', '#   three four', '#   five six', '#   seven']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    expect(wrapWords('a https://example.org/a/very/long/address b', 10)).toEqual([
      'a',
      'https://example.org/a/very/long/address',
      'b',
    ]);
  });

  it('wraps into a few lines (chart labels), shortening what will not fit into the last', () => {
    expect(wrapLines('Involved from the start, with an agreed scope', 20, 3)).toEqual([
      'Involved from the',
      'start, with an',
      'agreed scope',
    ]);
    expect(wrapLines('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });

  it('keeps the line breaks and blank lines of paragraphs', () => {
    expect(wrapParagraphs('aaa bbb ccc\n\nddd', 7)).toBe('aaa bbb\nccc\n\nddd');
  });

  it('shortens at a word, with an ellipsis, only when needed', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('Involve: People and the organisation talk', 24)).toBe('Involve: People and the…');
    expect(shorten('Involve: People and the organisation talk', 24).length).toBeLessThanOrEqual(24);
  });
});

describe('word wrapping with colour', () => {
  it('counts only the visible characters', () => {
    const bold = (t: string) => `\u001b[1m${t}\u001b[22m`;
    expect(wrapWords(`${bold('Power')} is shared`, 15)).toEqual([`${bold('Power')} is shared`]);
  });
});
