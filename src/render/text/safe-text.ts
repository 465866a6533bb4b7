// Text from project files ends up on people's terminals: strip anything that could move the
// cursor, recolour, retitle the window or hide text (ANSI/OSC escape sequences, other control
// characters), keeping ordinary line breaks and tabs.
import { CONTROL_CHARACTERS, ESCAPE_SEQUENCES, LINE_SEPARATORS, foldLines } from '../../core/shared/text.js';

export function terminalSafe(text: string): string {
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
