// Text from project files ends up on people's terminals: strip anything that could move the
// cursor, recolour, retitle the window or hide text (ANSI/OSC escape sequences, other control
// characters), keeping ordinary line breaks and tabs.
import { foldLines } from '../../core/text.js';

// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCES = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL, '');
}

/** One line of terminal-safe text: line breaks folded into spaces. */
export function oneLine(text: string): string {
  return foldLines(terminalSafe(text));
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
