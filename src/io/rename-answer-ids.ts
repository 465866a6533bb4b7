// Rewrites the answer ids of a project file in place, touching nothing else: each old key is
// replaced in the text itself (found through the YAML parser's source ranges), so comments,
// quoting, spacing and every other line stay exactly as the person wrote them. The file is then
// replaced atomically.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { IdRename } from '../core/framework/id-migration.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { YAML_OPTIONS } from './yaml-parse.js';

interface KeySpot {
  id: string;
  start: number;
  end: number;
}

/**
 * The keys of the top-level `answers` map, with where each stands in the text. A text the parser
 * finds fault with (two documents, a syntax error) has none: nothing is rewritten in it, and
 * checking it says why.
 */
export function answerKeys(text: string): KeySpot[] {
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: new LineCounter() });
  if (doc.errors.length > 0) return [];
  const answers = isMap(doc.contents) ? doc.contents.get('answers', true) : undefined;
  if (!isMap(answers)) return [];
  return answers.items.flatMap((pair) => {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return [];
    return [{ id: key.value, start: key.range[0], end: key.range[1] }];
  });
}

/** The text with each renamed key replaced, kept in the same quoting style as the old key. */
export function withRenamedKeys(text: string, renames: readonly IdRename[]): string {
  const to = new Map(renames.map((r) => [r.from, r.to]));
  let result = text;
  // From the end backwards, so the earlier offsets stay true as the text changes length.
  for (const spot of answerKeys(text).sort((a, b) => b.start - a.start)) {
    const id = to.get(spot.id);
    if (!id) continue;
    const old = result.slice(spot.start, spot.end);
    const quote = old.startsWith('"') || old.startsWith("'") ? old[0] : '';
    result = `${result.slice(0, spot.start)}${quote}${id}${quote}${result.slice(spot.end)}`;
  }
  return result;
}

/** Replaces `file` (a regular file, its real path) with `text`, its answer ids renamed. */
export function renameAnswerIdsInFile(file: string, text: string, renames: readonly IdRename[]): void {
  writeFileAtomic(file, withRenamedKeys(text, renames), { replace: true });
}
