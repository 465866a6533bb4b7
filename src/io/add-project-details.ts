// Adds an id, an assessment date and a perspective to a project file that lacks them, touching
// nothing else: the lines are put into the text itself (found through the YAML parser's source
// ranges), so comments, quoting, spacing and every other line stay exactly as the person wrote
// them, as `validate --fix` does for renamed answer ids. `copro init --from` offers it, so that
// the `copro compare` it suggests works on the earlier file without a hand edit.
import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { YAML_OPTIONS } from './yaml-parse.js';

interface AddedDetails {
  id?: string;
  date?: string;
  perspective?: string;
}

interface Insertion {
  at: number;
  text: string;
}

/** Where the line holding `end` finishes: just after its line break, or the end of the text. */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const next = text.indexOf('\n', end);
  return next >= 0 ? next + 1 : text.length;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Lines to put in at `at`; a text that does not end in a line break gets one first. */
function linesAt(text: string, at: number, lines: string[], eol: string): Insertion {
  const lead = at === text.length && !text.endsWith('\n') ? eol : '';
  return { at, text: lead + lines.map((l) => `${l}${eol}`).join('') };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** The assessment fields to add, as `key: value` pairs. */
function fields(details: AddedDetails): string[] {
  return [
    ...(details.date ? [`date: ${details.date}`] : []),
    ...(details.perspective ? [`perspective: ${details.perspective}`] : []),
  ];
}

/** The date and perspective put into an `assessment:` map the file already has; undefined when its shape is not one this can edit. */
function intoAssessment(text: string, value: unknown, added: string[], eol: string): Insertion | undefined {
  if (!isMap(value) || !value.range) return undefined;
  const [start, valueEnd] = value.range;
  if (value.flow) {
    const close = text.lastIndexOf('}', valueEnd);
    if (close < start) return undefined;
    if (value.items.length === 0) return { at: close, text: ` ${added.join(', ')} ` };
    // Just after the last item: "{ by: panel }" becomes "{ by: panel, date: … }".
    const at = text.slice(0, close).trimEnd().length;
    return { at, text: `, ${added.join(', ')}` };
  }
  const first = value.items[0]?.key;
  if (!isScalar(first) || !first.range) return undefined;
  const indent = ' '.repeat(first.range[0] - lineStart(text, first.range[0]));
  return linesAt(
    text,
    afterLine(text, valueEnd),
    added.map((f) => `${indent}${f}`),
    eol,
  );
}

/**
 * The file's text with the details added: `id:` after `name:`, and the date and perspective in
 * `assessment:` (added after the name when the file has none). Undefined when the file is not a
 * block map of keys that this can edit safely; the person is then told what to add by hand.
 */
export function withAddedDetails(text: string, details: AddedDetails): string | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return undefined;
  const map = doc.contents;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const name = pairOf(map, 'name');
  const nameValue = name?.value as { range?: number[] } | null | undefined;
  const nameKey = name?.key;
  if (!isScalar(nameKey) || !nameKey.range || !nameValue?.range) return undefined;
  const indent = ' '.repeat(nameKey.range[0] - lineStart(text, nameKey.range[0]));
  const assessment = pairOf(map, 'assessment');
  const added = fields(details);
  const insertions: Insertion[] = [];
  if (assessment && added.length > 0) {
    const into = intoAssessment(text, assessment.value, added, eol);
    if (!into) return undefined;
    insertions.push(into);
  }
  const lines = [
    ...(details.id ? [`${indent}id: ${details.id}`] : []),
    ...(!assessment && added.length > 0 ? [`${indent}assessment: { ${added.join(', ')} }`] : []),
  ];
  if (lines.length > 0) insertions.push(linesAt(text, afterLine(text, nameValue.range[1]!), lines, eol));
  // From the end backwards, so each offset, read from the text as it was, is still true.
  return insertions
    .sort((a, b) => b.at - a.at)
    .reduce((result, { at, text: added }) => `${result.slice(0, at)}${added}${result.slice(at)}`, text);
}
