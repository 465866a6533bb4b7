// The plain data of a YAML text, built straight from the parser's syntax tree, for the shapes
// project files are written in: block maps and lists, one-line flow maps and lists, quoted, plain
// and block text. The yaml library's composer builds a node object (with its position, comments
// and style) for every key and value, and then converts the nodes to data; in a batch that is a
// third of all the reading. Here the data is made directly, with the library's own functions for
// the hard parts (scalar escapes and folding, the core schema's number and true/false rules).
//
// It answers only where the composer could not object: anything else (a tab, a comment after a
// value, anchors, aliases, tags, directives, a repeated key, a multi-line flow collection, any
// doubt) gives `undefined`, and the caller composes the document with the library as before, so
// that every error and warning, and its line and column, is exactly the library's.
// test/unit/io/yaml-plain.test.ts checks the data against the library's on generated texts.
import { CST, Document, isScalar, type CST as Tokens, type ScalarTag } from 'yaml';
import { YAML_OPTIONS } from './yaml-parse.js';

type Token = Tokens.Token;
type SourceToken = Tokens.SourceToken;
type CollectionItem = Tokens.CollectionItem;

/** Thrown inside the walk to give up on the fast path; never escapes this module. */
class NotPlain extends Error {}

const notPlain = (): never => {
  throw new NotPlain();
};

/** The core schema's rules for plain scalars (null, true/false, numbers), as the composer applies them. */
export const PLAIN_TAGS = new Document(null, YAML_OPTIONS).schema.tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test !== undefined,
);
export const RESOLVE_OPTIONS = { intAsBigInt: false };

const SCALAR_TYPES = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar']);

/**
 * What a text must not hold for the fast path: a tab (indentation rules), a carriage return, a
 * curly opening quote (copro notes it), and a `#` anywhere but at the start of a line's content
 * (a comment after a value may have cut it short, which copro notes; a # inside quotes is simply
 * left to the library).
 */
export function textRulesOut(text: string): boolean {
  if (text.includes('\t') || text.includes('\r') || text.includes('\u201C') || text.includes('\u2018')) return true;
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) === 0x20) before--;
    if (before >= 0 && text.charCodeAt(before) !== 0x0a) return true;
  }
  return false;
}

/** Tokens between the parts of a node may be spaces, line breaks and whole-line comments, and the given indicators. */
function onlySpacing(tokens: readonly SourceToken[] | undefined, indicator?: string): number {
  let indicators = 0;
  for (const token of tokens ?? []) {
    if (token.type === indicator) indicators++;
    else if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment') notPlain();
  }
  return indicators;
}

const hasNewline = (tokens: readonly SourceToken[] | undefined): boolean =>
  (tokens ?? []).some((token) => token.type === 'newline');

/** Characters a plain value may not start with (the library reports them). */
const BAD_PLAIN_START = new Set([',', '%', '|', '>', '@', '`', '\t']);
/** A plain value the core schema could read as null, true/false or a number starts with one of these (or is empty). */
const MAYBE_NOT_TEXT = /^(?:[-+.0-9~nNtTfF]|$)/;

/**
 * The text of a scalar on one line, straight from its source: plain, "double-quoted" without
 * escapes, 'single-quoted'. Anything else (escapes, folded lines, block text) is left to the
 * library's own function: undefined.
 */
function oneLineValue(token: Tokens.FlowScalar): string | undefined {
  const { source } = token;
  if (source.includes('\n')) return undefined;
  for (const part of token.end ?? []) {
    if (part.type !== 'space' && part.type !== 'newline' && part.type !== 'comment') return undefined;
  }
  if (token.type === 'scalar') return BAD_PLAIN_START.has(source[0] ?? '') ? undefined : source;
  const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
  if (source.length < 2 || source[source.length - 1] !== quote) return undefined;
  const inner = source.slice(1, -1);
  if (quote === "'") return inner.replaceAll("''", "'");
  return inner.includes('\\') ? undefined : inner;
}

function scalarValue(token: Token): unknown {
  const simple = token.type === 'block-scalar' ? undefined : oneLineValue(token as Tokens.FlowScalar);
  const text = simple ?? CST.resolveAsScalar(token as Tokens.FlowScalar | Tokens.BlockScalar, true, notPlain)?.value;
  if (text === undefined) return notPlain();
  if (token.type !== 'scalar' || !MAYBE_NOT_TEXT.test(text)) return text;
  const tag = PLAIN_TAGS.find((t) => t.test.test(text));
  if (!tag) return text;
  const value = tag.resolve(text, notPlain, RESOLVE_OPTIONS);
  return isScalar(value) ? value.value : value; // null and true/false come wrapped
}

/** A key: plain or quoted text on one line, not a number, true/false or null (JavaScript objects key by text). */
function keyText(key: Token | null | undefined, indent: number | undefined): string {
  if (!key || key.type === 'block-scalar' || !SCALAR_TYPES.has(key.type)) return notPlain();
  const scalar = key as Tokens.FlowScalar;
  if (indent !== undefined && scalar.indent !== indent) notPlain();
  if (scalar.source.includes('\n') || scalar.source.length > 1000 || hasNewline(scalar.end)) notPlain();
  const value = scalarValue(scalar);
  // "__proto__" would set the prototype of a plain object: the library defines it as an own key.
  return typeof value === 'string' && value !== '__proto__' ? value : notPlain();
}

function setOnce(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) notPlain(); // a repeated key: the library reports it, with its place
  map[key] = value;
}

function blockMap(token: Tokens.BlockMap): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  token.items.forEach((item: CollectionItem, index) => {
    onlySpacing(item.start);
    if (!item.key && !item.sep) {
      // Comments only: the library allows them at the end of a map.
      if (item.value || index !== token.items.length - 1) notPlain();
      return;
    }
    const key = keyText(item.key, token.indent);
    if (onlySpacing(item.sep, 'map-value-ind') !== 1) notPlain();
    const value = item.value;
    if (value && (value.type === 'block-map' || value.type === 'block-seq') && !hasNewline(item.sep)) notPlain();
    setOnce(map, key, value ? nodeValue(value) : null);
  });
  return map;
}

function blockSeq(token: Tokens.BlockSequence): unknown[] {
  return token.items.map((item) => {
    if (onlySpacing(item.start, 'seq-item-ind') !== 1 || item.key || item.sep) notPlain();
    return item.value ? nodeValue(item.value) : null;
  });
}

/** Plain or quoted text on one line. */
function oneLineText(token: Token): Tokens.FlowScalar {
  if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar')
    return notPlain();
  if (token.source.includes('\n') || hasNewline(token.end)) notPlain();
  return token;
}

/**
 * A flow collection on one line, of plain or quoted text: `[a, b]`, `{ answer: yes, evidence: "…" }`.
 * A line break anywhere inside it is a space, newline or comment token where only spaces and
 * commas are accepted, or inside a value, which is refused.
 */
function flowCollection(token: Tokens.FlowCollection): unknown {
  const isMap = token.start.type === 'flow-map-start';
  const [close, ...after] = token.end;
  if (close?.type !== (isMap ? 'flow-map-end' : 'flow-seq-end')) notPlain();
  onlySpacing(after);
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  token.items.forEach((item, index) => {
    for (const part of item.start) {
      if (part.type !== 'space' && part.type !== 'comma') notPlain();
    }
    const commas = item.start.filter((part) => part.type === 'comma').length;
    if (commas !== (index === 0 ? 0 : 1)) notPlain();
    const value = item.value && oneLineText(item.value);
    if (!isMap) {
      if (item.key || item.sep || !value) notPlain();
      list.push(scalarValue(value!));
      return;
    }
    const key = keyText(item.key, undefined);
    for (const part of item.sep ?? []) {
      if (part.type !== 'space' && part.type !== 'map-value-ind') notPlain();
    }
    if ((item.sep ?? []).filter((part) => part.type === 'map-value-ind').length !== 1) notPlain();
    if (value?.source.startsWith(':')) notPlain();
    setOnce(map, key, value ? scalarValue(value) : null);
  });
  return isMap ? map : list;
}

function nodeValue(token: Token): unknown {
  switch (token.type) {
    case 'block-map':
      return blockMap(token);
    case 'block-seq':
      return blockSeq(token);
    case 'flow-collection':
      return flowCollection(token);
    default:
      return SCALAR_TYPES.has(token.type) ? scalarValue(token) : notPlain();
  }
}

/** One document holding a map or a list, with nothing around it but comments and space. */
function documentValue(tokens: readonly Token[]): unknown {
  const documents = tokens.filter((token) => token.type === 'document');
  if (documents.length !== 1) return notPlain();
  for (const token of tokens) {
    if (token.type !== 'document' && token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space')
      notPlain();
  }
  const document = documents[0] as Tokens.Document;
  const starts = onlySpacing(document.start, 'doc-start');
  // "--- key: value" puts a collection on the marker's line, which YAML does not allow.
  if (starts > 1 || (starts === 1 && !hasNewline(document.start))) notPlain();
  onlySpacing(document.end);
  const value = document.value;
  if (!value || (value.type !== 'block-map' && value.type !== 'block-seq')) return notPlain();
  return nodeValue(value);
}

/**
 * The data of `text` (parsed into `tokens` by the yaml library's Lexer and Parser), or undefined
 * when the library's composer must read it: it then gives the same data, or the errors.
 */
export function plainYamlData(text: string, tokens: readonly Token[]): { data: unknown } | undefined {
  if (textRulesOut(text)) return undefined;
  try {
    return { data: documentValue(tokens) };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
