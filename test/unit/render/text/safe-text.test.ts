import { describe, expect, it } from 'vitest';
import { oneLine, safeStrings, terminalSafe } from '../../../../src/render/text/safe-text.js';
import { CONTROL_CHARACTERS, ESCAPE_SEQUENCES, foldLines, LINE_SEPARATORS } from '../../../../src/core/shared/text.js';

// Sequences that could move the cursor, clear the screen, retitle the window, recolour or hide text.
const HOSTILE = [
  '\u001b[2J', // clear the screen
  '\u001b[1A', // cursor up
  '\u001b[31m', // red
  '\u001b]0;pwned\u0007', // window title (OSC, ended by BEL)
  '\u001b]8;;https://example.invalid\u001b\\', // hyperlink (OSC, ended by ST)
  '\u009b31m', // 8-bit CSI
  '\u0008\u0008', // backspaces over earlier text
  '\r', // carriage return: overwrite the line
  '\u202e', // right-to-left override
];

describe('terminal-safe text', () => {
  for (const sequence of HOSTILE) {
    it(`removes ${JSON.stringify(sequence)} and keeps the words around it`, () => {
      expect(terminalSafe(`before${sequence}after`)).toBe('beforeafter');
    });
  }

  it('gives, for every character alone and beside text, what the three patterns give (its quick path skips them for clean text)', () => {
    const full = (text: string) =>
      text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(LINE_SEPARATORS, '\n');
    for (let code = 0; code <= 0x3000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}[31m`, `${c}]0;x\u0007`]) expect(terminalSafe(text)).toBe(full(text));
    }
  });

  it('keeps line breaks, tabs and every printable character, accents and symbols included', () => {
    const text = 'Ceòl agus Cànan\n\tpròiseact ✓ — “quoted” 100%';
    expect(terminalSafe(text)).toBe(text);
    expect(oneLine(text)).toBe('Ceòl agus Cànan pròiseact ✓ — “quoted” 100%');
  });

  it('makes every string in a structure safe, keys included, and leaves other values alone', () => {
    const value = { name: 'A\u001b[31mB', list: ['\u001b]0;t\u0007x', 3, null, true], nested: { 'k\u001b[1A': 'v' } };
    expect(safeStrings(value)).toEqual({ name: 'AB', list: ['x', 3, null, true], nested: { k: 'v' } });
    expect(value.name).toBe('A\u001b[31mB'); // a copy: the report data is untouched
  });
});

describe('folding lines (core, no terminal safety)', () => {
  it('turns each line break and the spaces around it into one space, Windows and old Mac breaks too', () => {
    expect(foldLines('  Define:\n  what the\r\nneed is\rand  why \n')).toBe('Define: what the need is and  why');
  });
});
