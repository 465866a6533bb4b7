// The yaml library's parse, run one token at a time so that nesting is measured while the text
// is read. The library builds documents recursively: thousands of nested brackets would blow the
// stack (and a few megabytes of them take seconds to parse), so nesting past the limit is
// refused as soon as it is reached, before any document is built.
import { Composer, Lexer, Parser, type CST, type Document, type LineCounter } from 'yaml';

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
} as const;

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
  const composer = new Composer(YAML_OPTIONS);
  return [...composer.compose(tokens, false, text.length)] as Document.Parsed[];
}
