// Maps a path in the parsed data (['stages', 'design', 'level']) back to a line and column in
// the YAML source, so every problem can be reported where the person wrote it.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type YAMLMap } from 'yaml';
import type { DocPath } from '../core/model/problem.js';

export interface Position {
  line: number;
  column: number;
}

type Entry = { key?: Node; value?: Node };

/**
 * Each map's keys, indexed the first time a problem is located in it: a file with thousands of
 * problems in one map (40,000 unknown answers) would otherwise scan the map once per problem.
 * The first pair with a key wins, as a scan from the start would find it.
 */
const indexes = new WeakMap<YAMLMap, Map<string, Entry>>();

function indexOf(map: YAMLMap): Map<string, Entry> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!index.has(key))
        index.set(key, { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined });
    }
    indexes.set(map, index);
  }
  return index;
}

function childOf(node: unknown, segment: string | number): Entry | undefined {
  if (isMap(node)) return indexOf(node).get(String(segment));
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
