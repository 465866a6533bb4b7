// The yaml library's parse, run one token at a time so that nesting is measured while the text
// is read. The library builds documents recursively: thousands of nested brackets would blow the
// stack (and a few megabytes of them take seconds to parse), so nesting past the limit is
// refused as soon as it is reached, before any document is built.
import {
  Composer,
  isScalar,
  Lexer,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type LineCounter,
  type YAMLError,
} from 'yaml';

type Token = CST.Token;

/**
 * How copro reads YAML: version 1.2, core schema (text, numbers, true/false, null, lists, maps),
 * even when a file declares `%YAML 1.1`; no merge keys, no tags beyond the core ones (the library
 * would otherwise turn `!!binary`, `!!set` or `!!timestamp` into objects); a key may appear once.
 */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  // A key that is itself a list or map ("? { a: 1 }") is read as its text and then refused as an
  // unknown field, with its line: the library's own warning would reach a person as a Node.js
  // warning on standard error.
  logLevel: 'error',
} as const;

/**
 * The library checks each key against every earlier key of its map (N² for a map of N keys: 40,000
 * keys took minutes), so composing leaves that check out and duplicateKeyErrors does it in one pass.
 */
const COMPOSE_OPTIONS = { ...YAML_OPTIONS, uniqueKeys: false } as const;

/**
 * Parser stack entries that are not a level of nesting: the document, and a scalar or a block
 * map's key being read. A file nested exactly to the limit stays within it; the precise count is
 * taken on the data afterwards.
 */
const STACK_OVERHEAD = 2;

export type ParsedTokens = { ok: true; tokens: Token[] } | { ok: false; tooDeepAt: number };

/** The text's syntax tree (the library's Lexer and Parser), refused as soon as it nests too deep. */
export function parseTokens(text: string, lines: LineCounter, maxDepth: number): ParsedTokens {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0); // Parser.parse() would record the first line itself; next() does not.
  const tokens: Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > maxDepth + STACK_OVERHEAD) return { ok: false, tooDeepAt: parser.offset - lexeme.length };
  }
  for (const token of parser.end()) tokens.push(token);
  return { ok: true, tokens };
}

/** The documents the library's composer makes of the tree, with their errors and warnings. */
export function composeDocuments(tokens: readonly Token[], text: string): Document.Parsed[] {
  const composer = new Composer(COMPOSE_OPTIONS);
  const docs = [...composer.compose(tokens, false, text.length)] as Document.Parsed[];
  for (const doc of docs) addDuplicateKeyErrors(doc);
  return docs;
}

/**
 * The library's DUPLICATE_KEY errors, found as it finds them (a key equal to an earlier scalar key
 * of its map, by ===, reported where the later key starts) but with one Map per map, and placed
 * among the document's other errors in the order of the text, where the library would put them.
 */
function addDuplicateKeyErrors(doc: Document.Parsed): void {
  // An error's stack is never shown, and taking it is most of the cost of making one.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let duplicates: YAMLParseError[];
  try {
    duplicates = duplicateKeys(doc);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (duplicates.length === 0) return;
  duplicates.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLError[] = [];
  let next = 0;
  for (const error of doc.errors) {
    while (next < duplicates.length && duplicates[next]!.pos[0] < error.pos[0]) merged.push(duplicates[next++]!);
    merged.push(error);
  }
  while (next < duplicates.length) merged.push(duplicates[next++]!);
  doc.errors.length = 0;
  for (const error of merged) doc.errors.push(error);
}

function duplicateKeys(doc: Document.Parsed): YAMLParseError[] {
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue; // NaN !== NaN: never a duplicate
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range)
          duplicates.push(
            new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
          );
      }
    },
  });
  return duplicates;
}
