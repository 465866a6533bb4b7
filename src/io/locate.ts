// Maps a path in the parsed data (['stages', 'design', 'level']) back to a line and column in
// the YAML source, so every problem can be reported where the person wrote it.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { DocPath } from '../core/problem.js';

export interface Position {
  line: number;
  column: number;
}

function childOf(node: unknown, segment: string | number): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
    );
    return pair ? { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}

/** The position of the deepest node along `path` (the key itself when `at` is 'key'). */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: DocPath,
  at: 'key' | 'value' = 'value',
): Position | undefined {
  let node: Node | undefined = doc.contents ?? undefined;
  let found: Node | undefined = node;
  for (let i = 0; i < path.length && node; i++) {
    const child = childOf(node, path[i]!);
    if (!child) break;
    const last = i === path.length - 1;
    found = last && at === 'key' && child.key ? child.key : (child.value ?? child.key);
    node = child.value;
  }
  const offset = found?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
