// The colour painters: the six styles as the terminal codes they stand for, each painting only
// the text it is given (a painter handed to .map once painted the index and the whole list too).
import { describe, expect, it } from 'vitest';
import { colourStyle, PLAIN_STYLE } from '../../../../src/render/text/style.js';

const style = await colourStyle();

describe('colour painters', () => {
  it('paint each style with its opening and closing codes', () => {
    expect(style.bold('Why')).toBe('\u001b[1mWhy\u001b[22m');
    expect(style.dim('note')).toBe('\u001b[2mnote\u001b[22m');
    expect(style.good('✓')).toBe('\u001b[32m✓\u001b[39m');
    expect(style.warn('!')).toBe('\u001b[33m!\u001b[39m');
    expect(style.bad('✗')).toBe('\u001b[31m✗\u001b[39m');
    expect(style.accent('→')).toBe('\u001b[36m→\u001b[39m');
  });

  it('paint each line of a list once, when handed to map', () => {
    const lines = ['first line of a wrapped note', 'second line'];
    expect(lines.map(style.dim)).toEqual(lines.map((line) => `\u001b[2m${line}\u001b[22m`));
  });

  it('leave empty text empty, and the plain style leaves text as it is', () => {
    expect(style.bold('')).toBe('');
    expect(PLAIN_STYLE.bad('✗ no')).toBe('✗ no');
  });
});
