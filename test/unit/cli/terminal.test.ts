// Layout and colour decisions for text output.
import { describe, expect, it } from 'vitest';
import { FILE_WIDTH, textWidth, wantsColour } from '../../../src/cli/terminal.js';

describe('textWidth', () => {
  it('follows the terminal on standard output, within bounds', () => {
    expect(textWidth(true, 120)).toBe(120);
    expect(textWidth(true, 300)).toBe(160);
    expect(textWidth(true, 20)).toBe(60);
    expect(textWidth(true, undefined)).toBe(FILE_WIDTH);
  });

  it('is fixed for a file, whatever terminal the run started from', () => {
    for (const columns of [20, 120, 300, undefined]) expect(textWidth(false, columns)).toBe(FILE_WIDTH);
  });
});

describe('wantsColour', () => {
  it('colours only at a terminal, never with --no-color or NO_COLOR', () => {
    expect(wantsColour(true, {}, true)).toBe(true);
    expect(wantsColour(true, {}, false)).toBe(false);
    expect(wantsColour(false, {}, true)).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColour(false, { FORCE_COLOR: '1' }, true)).toBe(false);
  });
});
