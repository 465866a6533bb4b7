// Plain-text folding shared by the pure core and the renderers (which add terminal safety).

/**
 * `text` on one line: each line break, with the spaces around it, becomes one space. Line by line
 * rather than with one pattern (/\s*[\r\n]\s*\/), which tried every run of spaces again from each
 * of its characters: quadratic, minutes for a name with 100,000 spaces in it.
 */
export function foldLines(text: string): string {
  return text
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Escape sequences (ANSI CSI, OSC such as window titles and links, 8-bit CSI) a terminal would act on. */
export const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex -- finding escape sequences is the point
  /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/**
 * Other characters that move, hide or reorder text on a terminal: control characters (but tab
 * and line feed), and the marks that change the direction of text (U+200E/F, U+202A-E, U+2066-9,
 * U+061C). Line and paragraph separators (U+2028/9) are line breaks and are handled as such.
 */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** Longest stretch of a value or key quoted in a message: enough to recognise it, too little to leak a file. */
export const QUOTE_LIMIT = 40;
/** Put where something was removed from quoted text, so a message never reads as if the input were clean. */
export const REMOVED_MARK = '\uFFFD';

/**
 * `text` as a message quotes it: on one line, escape sequences and control characters replaced by
 * REMOVED_MARK, cut to QUOTE_LIMIT characters with "…", in double quotes.
 */
export function quoted(text: string): string {
  const flat = text
    .slice(0, QUOTE_LIMIT * 4) // the cut comes later; this keeps the work small for a huge key
    .replace(ESCAPE_SEQUENCES, REMOVED_MARK)
    .replace(CONTROL_CHARACTERS, REMOVED_MARK)
    .replace(LINE_SEPARATORS, ' ')
    .replace(/\s+/g, ' ');
  const cut = flat.length > QUOTE_LIMIT || text.length > QUOTE_LIMIT * 4;
  return `"${cut ? `${flat.slice(0, QUOTE_LIMIT)}…` : flat}"`;
}

/**
 * The words a search looks through, or for: lower case, split at anything but letters and digits.
 * The hub lists each project's words with it, and its index's script splits what is asked the same way.
 */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A label without its gloss, the part after " — ": "Consultation or engagement", not
 * "Consultation or engagement — not co-production". For sentences, badges, menus and counts.
 */
export function shortLabel(label: string): string {
  return label.split(' — ')[0]!;
}
