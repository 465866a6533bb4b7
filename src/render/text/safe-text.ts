// Text from project files ends up on people's terminals: strip anything that could move the
// cursor, recolour, retitle the window or hide text (ANSI/OSC escape sequences, other control
// characters), keeping ordinary line breaks and tabs.
import { CONTROL_CHARACTERS, ESCAPE_SEQUENCES, LINE_SEPARATORS, foldLines } from '../../core/shared/text.js';

/**
 * Any character the three patterns below act on (an escape sequence starts with ESC or CSI, both
 * control characters): text without one, nearly all text, is returned after one scan, not three.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

export function terminalSafe(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(LINE_SEPARATORS, '\n');
}

/** One line of terminal-safe text: line breaks folded into spaces, tabs (which would break a table's columns) made spaces. */
export function oneLine(text: string): string {
  return foldLines(terminalSafe(text)).replace(/\t/g, ' ');
}

/**
 * A copy of `value` with every string in it made terminal-safe. The table renderers start from
 * this, so no text from a project or framework file (names, file names, evidence, titles, labels)
 * reaches the terminal unstripped, whichever field a renderer shows now or later.
 */
export function safeStrings<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((item) => safeStrings(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [terminalSafe(key), safeStrings(item)])) as T;
  }
  return value;
}
