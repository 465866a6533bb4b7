// The yaml library's error codes, in words a person writing a project file can act on.
import { quoted } from '../core/shared/text.js';

const PLAIN: Record<string, string> = {
  DUPLICATE_KEY: 'the same key appears twice in one map; each key may appear once',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML needs spaces',
  BAD_INDENT: 'the indentation is off here; line items up with spaces under their parent',
  MISSING_CHAR: 'something is not closed here: check for a missing closing quote or bracket',
  MULTILINE_IMPLICIT_KEY:
    'a key runs over more than one line; keys must fit on one line (check for a missing colon or quote)',
  BLOCK_AS_IMPLICIT_KEY: 'a key is followed by something YAML cannot read; check for a missing colon or a stray indent',
  UNEXPECTED_TOKEN: 'YAML cannot read this; check the punctuation (colons, dashes, quotes)',
  BAD_ALIAS: 'this alias (*name) is not valid',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is quoted',
  BAD_DIRECTIVE: 'this line starting with % is not a valid YAML directive',
  BLOCK_IN_FLOW: 'a block cannot appear inside [ ] or { }',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  UNEXPECTED_SCALAR_AT_NODE_END: 'there is text here that YAML does not expect; check the indentation or add quotes',
  TAG_RESOLVE_FAILED: 'this value does not match its tag',
  ALIAS_PROPS: 'an alias cannot have a tag or anchor',
  BAD_COLLECTION_TYPE: 'this tag does not fit a map or list',
  IMPOSSIBLE: 'YAML cannot read this',
};

/** Some codes (MISSING_CHAR above all) cover several different slips; the library's own words tell which. */
const BY_WORDING: [RegExp, string][] = [
  [
    /closing "quote/,
    'a value opened with " is not closed, so the rest of the file was read as part of it: add the closing "',
  ],
  [
    /closing 'quote/,
    "a value opened with ' is not closed, so the rest of the file was read as part of it: add the closing '",
  ],
  [
    /must (?:be sufficiently indented and )?end with a (\]|\})/,
    'a list in [ ] or a map in { } is not closed: add the missing bracket',
  ],
  [/Missing , /, 'items inside [ ] or { } must be separated by commas'],
  [/Missing space after :/, 'a colon inside { } needs a space after it'],
  [/Comments must be separated/, 'a # starting a comment needs a space before it'],
  [/Implicit map keys need to be followed by map values/, 'a key is not followed by a colon and a value'],
  [/Sequence item without - indicator/, 'a list item is missing its "- "'],
];

function plainYamlMessage(code: string, original: string): string {
  const match = BY_WORDING.find(([pattern]) => pattern.test(original));
  if (match) return match[1];
  if (PLAIN[code]) return PLAIN[code];
  // Fall back on the library's own words, without the source excerpt it appends.
  return original.split(/ at line \d+/)[0]!.trim();
}

const CURLY_QUOTES = /[\u201C\u201D\u2018\u2019]/;
const NON_BREAKING_SPACE = '\u00A0';

/** The key a DUPLICATE_KEY error points at (the library gives only where it starts). */
function keyAt(text: string, offset: number): string | undefined {
  const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*?)\s*:/.exec(text.slice(offset, offset + 1100))?.[1];
  return key === undefined || key === '' ? undefined : key.replace(/^["']|["']$/g, '');
}

/**
 * Where an unclosed [ or { was opened: the library reports the end of the file. Brackets inside
 * quotes and comments are skipped; the first opener never closed is the one.
 */
export function unclosedBracketAt(text: string, end: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = undefined;
      else if (c === '\n' && open.length === 0) quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const next = text.indexOf('\n', i);
      i = next < 0 ? end : next;
    } else if (
      (c === '"' || c === "'") &&
      (open.length > 0 || /[:\-[{,]\s*$|^\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i)))
    )
      quote = c;
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open[0];
}

export interface YamlErrorContext {
  text: string;
  /** Where the library places the error. */
  offset: number;
}

/** What went wrong, in words that name the real cause where the text shows it, and where to look. */
export function explainYamlError(
  code: string,
  original: string,
  { text, offset }: YamlErrorContext,
): { message: string; offset: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  if (code === 'DUPLICATE_KEY') {
    const key = keyAt(text, offset);
    if (key !== undefined)
      return { message: `the key ${quoted(key)} appears twice in one map; each key may appear once`, offset };
  }
  if (CURLY_QUOTES.test(line) && code !== 'DUPLICATE_KEY') {
    return {
      message:
        'curly quotes (“ ” ‘ ’, as a word processor types them) are not YAML quotes, so YAML read the text inside them as more YAML: use straight quotes (") around the value, or none',
      offset,
    };
  }
  const nbsp = line.indexOf(NON_BREAKING_SPACE);
  if (nbsp >= 0) {
    return {
      message:
        'a non-breaking space (often pasted from a word processor) is not a space to YAML: after "key:" type an ordinary space',
      offset: lineStart + nbsp,
    };
  }
  const slip = code === 'DUPLICATE_KEY' ? undefined : slipOnLine(line);
  if (slip) return { message: slip, offset };
  const plain = plainYamlMessage(code, original);
  if (/is not closed: add the missing bracket/.test(plain)) {
    const opened = unclosedBracketAt(text, offset);
    if (opened !== undefined)
      return {
        message: `this ${text[opened]} is never closed: add the missing ${text[opened] === '[' ? ']' : '}'}`,
        offset: opened,
      };
  }
  return { message: plain, offset };
}

/**
 * The errors worth showing: after a tab used as indentation the library loses track of the
 * structure, and what it reports after it (indentation off, keys over two lines) is mostly the tab
 * again, on lines that are right. So while any tab is there, the tabs alone are shown.
 */
export function withoutFollowOns<T extends { code: string }>(errors: readonly T[]): T[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  return tabs.length > 0 ? tabs : [...errors];
}

/** A plain value with ": " inside it, which YAML reads as a second key: `name: Braehead: repairs`. */
const SECOND_COLON = /^\s*(?:-\s+)?([\w.-]+):\s+([^\s"'#[{|>&*!][^#]*?):\s/;
/** A value in single quotes that an apostrophe inside it ended early: `name: 'Tenants' Forum'`. */
const APOSTROPHE_IN_SINGLE_QUOTES = /:\s*'([^']*)' *[^\s,\]}#]/;

/** Slips that a line shows plainly, whatever code the library gives them: the cause, in words. */
function slipOnLine(line: string): string | undefined {
  const colon = SECOND_COLON.exec(line);
  if (colon)
    return `the value of ${quoted(colon[1]!)} has a colon and a space in it (${quoted(`${colon[2]!.trim()}:`)}), which YAML reads as the start of another key: put the whole value in double quotes, e.g. ${colon[1]}: "${line
      .slice(line.indexOf(':') + 1)
      .trim()
      .replace(/"/g, "'")}"`;
  const apostrophe = APOSTROPHE_IN_SINGLE_QUOTES.exec(line);
  if (apostrophe)
    return `an apostrophe inside '…' ends the value early (after ${quoted(apostrophe[1]!)}): put the value in double quotes instead ("…'s…"), or write the apostrophe twice ('')`;
  return undefined;
}

/** Errors after which the document still holds all its data (a repeated key keeps its last value). */
export const RECOVERABLE = new Set(['DUPLICATE_KEY']);

/** A plain value that a " #" cut short: `evidence: See minutes #4` keeps only "See minutes". */
export function cutValueNote(value: string, restOfLine: string): string | undefined {
  const comment = /^\s+#(\S.*)$/.exec(restOfLine)?.[1];
  const curly = /^[\u201C\u2018]/.test(value);
  if (comment === undefined && !curly) return undefined;
  if (comment === undefined)
    return `this value starts with a curly quote (${value[0]}), which is not a YAML quote and is kept as part of the text: use straight quotes (") or none`;
  return `only ${quoted(value)} was read: in YAML " #" starts a comment, so ${quoted(`#${comment}`)} was left out${curly ? ' (and curly quotes are not YAML quotes)' : ''}: put the whole value in straight quotes (")`;
}
