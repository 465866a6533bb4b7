// Reads one YAML file into plain data, refusing what is not a single, sane YAML text: binary
// files, several documents, alias bombs, excessive nesting, oversized files, tags that would
// make objects rather than plain values. Every refusal is an InputError naming the file and,
// where there is one, the line and column. The limits are in limits.ts.
import { LineCounter, visit, type Document } from 'yaml';
import type { DocPath, Problem } from '../core/model/problem.js';
import type { InputError } from '../core/model/input-error.js';
import { eventLoopTurn, LARGE_INPUT_BYTES } from './event-loop.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { locate } from './locate.js';
import { readCapped, tooBigMessage } from './read-bytes.js';
import { cutValueNote, explainYamlError, RECOVERABLE, withoutFollowOns } from './yaml-errors.js';
import { composeDocuments, parseTokens } from './yaml-parse.js';
import { plainYamlData } from './yaml-plain.js';
import { quickYamlData } from './yaml-quick.js';

export interface YamlSource {
  file: string;
  data: unknown;
  /** An InputError at the node that `path` leads to. */
  errorAt(path: DocPath, message: string, at?: 'key' | 'value'): InputError;
  /** YAML problems after which the data could still be read (a repeated key): reported with the file's other problems. */
  problems: InputError[];
  /** Things a person should know that are not errors (a value cut short by " #"). */
  notes: InputError[];
  /** Characters of text read: how long checking it may take. */
  size?: number;
}

export type ReadResult = { ok: true; source: YamlSource } | { ok: false; errors: InputError[] };

/** The problems found in a source's data, located in it and sorted by line and column. */
export function toInputErrors(source: YamlSource, problems: Problem[]): InputError[] {
  return problems
    .map((p) => source.errorAt(p.path, p.message, p.at))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

type Where = { line: number; col: number } | undefined;

const fail = (file: string, message: string, where?: Where): ReadResult => ({
  ok: false,
  errors: [{ file, ...(where ? { line: where.line, column: where.col } : {}), message }],
});

const UTF16_MARKS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** Line and column of the first character that is not valid UTF-8. */
function firstBadCharacter(bytes: Buffer): Where {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, col: at - before.lastIndexOf('\n') };
}

function decodeText(file: string, bytes: Buffer): string | ReadResult {
  if (UTF16_MARKS.some((mark) => bytes.subarray(0, 2).equals(mark))) {
    return fail(file, 'this is not a YAML text file copro can read: it is saved as UTF-16 (save it as UTF-8)');
  }
  if (bytes.includes(0))
    return fail(
      file,
      'this is not a YAML text file: it holds binary data (such as a picture or a word-processor document), not plain text',
    );
  try {
    // A byte-order mark is allowed and dropped.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(
      file,
      'this is not a YAML text file: it is not valid UTF-8 text (save it as UTF-8)',
      firstBadCharacter(bytes),
    );
  }
}

function depthOf(value: unknown, limit: number): number {
  // Iterative, so that a deeply nested file cannot overflow the stack while being measured; it
  // stops past the limit, so a structure that refers to itself through an alias ends too.
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const tooDeep = (limits: ReadLimits) =>
  `lists and maps are nested more than ${limits.maxDepth} levels deep (set COPRO_MAX_DEPTH to allow more)`;

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function emptyMessage(text: string): string {
  const what = text.trim() === '' ? 'the file is empty' : 'the file holds only comments, no data';
  return `${what}: expected a YAML map such as "name: My project"`;
}

/** The data of a document that has parsed cleanly, or the reason it cannot be used. */
function toData(
  file: string,
  text: string,
  doc: Document.Parsed,
  lines: LineCounter,
  limits: ReadLimits,
): { data: unknown } | ReadResult {
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    const written = text.slice(tag.pos[0], tag.pos[1]).trim();
    return fail(
      file,
      `the YAML tag "${written}" is not accepted: copro reads plain text, numbers, lists and maps only; remove the tag`,
      lines.linePos(tag.pos[0]),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    if (error instanceof RangeError) return fail(file, tooDeep(limits));
    const message = String((error as Error).message);
    if (!/alias/i.test(message)) return fail(file, `YAML could not be read: ${message}`);
    const at = firstAliasOffset(doc);
    const where = at === undefined ? undefined : lines.linePos(at);
    return fail(
      file,
      `the aliases (*name) in this file would expand into too much data: more than ${limits.maxAliases} expansions (set COPRO_MAX_ALIASES to allow more)`,
      where,
    );
  }
  if (depthOf(data, limits.maxDepth) > limits.maxDepth) return fail(file, tooDeep(limits));
  return { data };
}

/** Notes for plain values that a " #" cut short, or that begin with a curly quote. */
function cutValues(file: string, text: string, doc: Document, lines: LineCounter): InputError[] {
  const notes: InputError[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      const lineEnd = text.indexOf('\n', end);
      const note = cutValueNote(node.value, text.slice(end, lineEnd < 0 ? text.length : lineEnd));
      if (!note) return;
      const { line, col } = lines.linePos(node.range[0]);
      notes.push({ file, line, column: col, message: note });
    },
  });
  return notes;
}

export function parseYamlText(file: string, text: string, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  const quick = quickYamlData(text);
  if (quick && depthOf(quick.data, limits.maxDepth) <= limits.maxDepth) {
    // Read quickly (yaml-quick.ts): the library parses the text only if a check of the data finds
    // a problem to locate.
    let parsed: { doc: Document; lines: LineCounter } | undefined;
    const errorAt = (path: DocPath, message: string, at?: 'key' | 'value'): InputError => {
      const library = (parsed ??= libraryDocument(text, limits));
      return located(file, library.doc, library.lines, path, message, at);
    };
    return { ok: true, source: { file, data: quick.data, errorAt, problems: [], notes: [] } };
  }
  const lines = new LineCounter();
  let parsed;
  try {
    parsed = parseTokens(text, lines, limits.maxDepth);
  } catch (error) {
    if (error instanceof RangeError) return fail(file, tooDeep(limits));
    return fail(file, `YAML could not be read: ${(error as Error).message}`);
  }
  if (!parsed.ok) return fail(file, tooDeep(limits), lines.linePos(parsed.tooDeepAt));
  const { tokens } = parsed;
  const plain = plainYamlData(text, tokens);
  if (plain) {
    if (depthOf(plain.data, limits.maxDepth) > limits.maxDepth) return fail(file, tooDeep(limits));
    // Nothing to report, so the library's document (with every node's place) is made only if a
    // check of the data finds a problem to locate.
    let doc: Document | undefined;
    const errorAt = (path: DocPath, message: string, at?: 'key' | 'value'): InputError =>
      located(file, (doc ??= composeDocuments(tokens, text)[0]!), lines, path, message, at);
    return { ok: true, source: { file, data: plain.data, errorAt, problems: [], notes: [], size: text.length } };
  }
  return fromDocuments(file, text, composeDocuments(tokens, text), lines, limits);
}

/** The library's document of a text the quick read accepted (so it parses, within the limits). */
function libraryDocument(text: string, limits: ReadLimits): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const parsed = parseTokens(text, lines, limits.maxDepth);
  if (!parsed.ok) throw new Error('a text the quick read accepted is too deep for the library');
  return { doc: composeDocuments(parsed.tokens, text)[0]!, lines };
}

function located(
  file: string,
  doc: Document,
  lines: LineCounter,
  path: DocPath,
  message: string,
  at?: 'key' | 'value',
): InputError {
  const position = locate(doc, lines, path, at);
  return position ? { file, line: position.line, column: position.column, message } : { file, message };
}

/** The library's documents of a text: its data, or every problem found, each in its place. */
function fromDocuments(
  file: string,
  text: string,
  docs: Document.Parsed[],
  lines: LineCounter,
  limits: ReadLimits,
): ReadResult {
  const errors: InputError[] = docs.flatMap((doc) =>
    withoutFollowOns(doc.errors).map((e) => {
      const { message, offset } = explainYamlError(e.code, e.message, { text, offset: e.pos[0] });
      const { line, col } = lines.linePos(offset);
      return { file, line, column: col, message };
    }),
  );
  const recoverable = docs.length === 1 && docs[0]!.errors.every((e) => RECOVERABLE.has(e.code));
  if (errors.length > 0 && !recoverable) return { ok: false, errors };
  if (docs.length === 0 || docs[0]!.contents === null) return fail(file, emptyMessage(text));
  if (docs.length > 1) {
    return fail(
      file,
      `the file holds ${docs.length} YAML documents (separated by ---); copro reads one per file`,
      lines.linePos(docs[1]!.range[0]),
    );
  }
  const doc = docs[0]!;
  const read = toData(file, text, doc, lines, limits);
  if (!('data' in read)) return read;
  const errorAt = (path: DocPath, message: string, at?: 'key' | 'value'): InputError =>
    located(file, doc, lines, path, message, at);
  return {
    ok: true,
    source: {
      file,
      data: read.data,
      errorAt,
      problems: errors,
      notes: cutValues(file, text, doc, lines),
      size: text.length,
    },
  };
}

export async function readYamlFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  const read = await readCapped(file, limits.maxFileBytes);
  if (!read.ok) return fail(file, read.message);
  // A large file takes a while to parse: a signal that came in while it was read is acted on first.
  if (read.bytes.length > LARGE_INPUT_BYTES) await eventLoopTurn();
  return readYamlText(file, read.bytes, limits);
}

/** Bytes already in memory (standard input), checked against the same limits as a file. */
export function readYamlText(file: string, bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  // Standard input is read only a little past the limit, so its full size is not known.
  if (bytes.length > limits.maxFileBytes) return fail(file, tooBigMessage('input', limits.maxFileBytes));
  const text = decodeText(file, bytes);
  return typeof text === 'string' ? parseYamlText(file, text, limits) : text;
}
