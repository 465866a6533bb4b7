// Reads one YAML file into plain data, refusing what is not a single, sane YAML text: binary
// files, several documents, alias bombs, excessive nesting, oversized files. Every refusal is an
// InputError naming the file and, where there is one, the line and column.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { DocPath } from '../core/problem.js';
import type { InputError } from './input-error.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { locate } from './locate.js';
import { plainYamlMessage } from './yaml-errors.js';

export interface YamlSource {
  file: string;
  data: unknown;
  /** An InputError at the node that `path` leads to. */
  errorAt(path: DocPath, message: string, at?: 'key' | 'value'): InputError;
}

export type ReadResult = { ok: true; source: YamlSource } | { ok: false; errors: InputError[] };

const fail = (file: string, message: string, line?: number, column?: number): ReadResult => ({
  ok: false,
  errors: [{ file, ...(line !== undefined ? { line, column } : {}), message }],
});

function decodeText(file: string, bytes: Buffer): string | ReadResult {
  if (bytes.includes(0)) return fail(file, 'this is not a YAML text file (it contains binary data)');
  try {
    // A byte-order mark is allowed and dropped.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(file, 'this is not a YAML text file: it is not valid UTF-8 text (save it as UTF-8)');
  }
}

function depthOf(value: unknown, limit: number): number {
  // Iterative, so that a deeply nested file cannot overflow the stack while being measured.
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

export function parseYamlText(file: string, text: string, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  const lines = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true }) as Document.Parsed[];
  } catch (error) {
    return fail(file, `YAML could not be read: ${(error as Error).message}`);
  }
  if (!Array.isArray(docs)) docs = [];
  const errors: InputError[] = docs.flatMap((doc) =>
    doc.errors.map((e) => ({ file, line: e.linePos?.[0].line, column: e.linePos?.[0].col, message: plainYamlMessage(e.code, e.message) })),
  );
  if (errors.length > 0) return { ok: false, errors };
  if (docs.length === 0 || docs[0]!.contents === null) return fail(file, 'the file is empty: expected a YAML map such as "name: My project"');
  if (docs.length > 1) {
    const second = lines.linePos(docs[1]!.range[0]);
    return fail(file, `the file holds ${docs.length} YAML documents (separated by ---); copro reads one per file`, second.line, second.col);
  }
  const doc = docs[0]!;
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarning) {
    const at = tagWarning.linePos?.[0];
    return fail(file, 'this file uses a YAML tag copro does not accept (such as !!js/function); write plain values', at?.line, at?.col);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    const message = String((error as Error).message);
    if (/alias/i.test(message)) return fail(file, `the file expands too many aliases (*name); at most ${limits.maxAliases} are allowed`);
    return fail(file, `YAML could not be read: ${message}`);
  }
  if (depthOf(data, limits.maxDepth) > limits.maxDepth) return fail(file, `the file is nested more than ${limits.maxDepth} levels deep`);
  const errorAt = (path: DocPath, message: string, at?: 'key' | 'value'): InputError => {
    const position = locate(doc, lines, path, at);
    return position ? { file, line: position.line, column: position.column, message } : { file, message };
  };
  return { ok: true, source: { file, data, errorAt } };
}

export async function readYamlFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    // Synchronous: a file at a time is what a CLI does, and it spares the thread pool's round trips.
    const info = statSync(file);
    if (info.isDirectory()) return fail(file, 'this is a folder, not a file');
    if (info.size > limits.maxFileBytes) {
      return fail(file, `the file is ${megabytes(info.size)}, more than the ${megabytes(limits.maxFileBytes)} copro reads`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    return fail(file, describeFsError(error));
  }
  const text = decodeText(file, bytes);
  return typeof text === 'string' ? parseYamlText(file, text, limits) : text;
}

export function readYamlText(file: string, bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  if (bytes.length > limits.maxFileBytes) return fail(file, `the input is ${megabytes(bytes.length)}, more than the ${megabytes(limits.maxFileBytes)} copro reads`);
  const text = decodeText(file, bytes);
  return typeof text === 'string' ? parseYamlText(file, text, limits) : text;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: copro cannot read this';
    case 'ELOOP':
      return 'a symbolic link here points back on itself';
    case 'EISDIR':
      return 'this is a folder, not a file';
    default:
      return `could not be read (${code ?? (error as Error).message})`;
  }
}
