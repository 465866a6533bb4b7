// Values people type with a capital ("Yes", "Consult") mean the same as the framework's own words:
// they are taken as those words before anything is checked, so the report shows "yes" and
// "consult". Ids (stages, indicators) are not touched: they must match exactly, and get a
// "did you mean" when they do not.
import { isObject } from '../shared/plain-object.js';
import type { Framework } from '../model/types.js';
import { ANSWERS, NOT_APPLICABLE, UNKNOWN } from '../model/types.js';
import { NATIONS } from './places.js';

/** Slips that are not typos but words people use for an answer: suggested, never taken silently. */
export const ANSWER_SLIPS: Readonly<Record<string, string>> = {
  partial: 'partly',
  partially: 'partly',
  'in part': 'partly',
  true: 'yes',
  false: 'no',
  na: 'n/a',
  'n.a.': 'n/a',
  'not applicable': 'n/a',
  "don't know": 'unknown',
  'not known': 'unknown',
};

function canonical(value: unknown, known: readonly string[]): unknown {
  if (typeof value !== 'string' || known.includes(value)) return value;
  const lower = value.toLowerCase();
  return known.includes(lower) ? lower : value;
}

/** One entry's value (short form or `{ level | answer, … }`), in the framework's own spelling. */
function canonicalEntry(entry: unknown, key: 'level' | 'answer', known: readonly string[]): unknown {
  if (typeof entry === 'string') return canonical(entry, known);
  if (!isObject(entry) || !(key in entry)) return entry;
  const value = canonical(entry[key], known);
  return value === entry[key] ? entry : { ...entry, [key]: value };
}

function mapValues(section: unknown, change: (entry: unknown) => unknown): unknown {
  if (!isObject(section)) return section;
  const entries = Object.entries(section);
  const changed = entries.map(([, entry]) => change(entry));
  // Most files are written in the framework's spelling already: then the section is used as it is.
  if (changed.every((entry, i) => entry === entries[i]![1])) return section;
  // Entries keep their keys (any key, even "__proto__", stays a plain own property).
  const copy: Record<string, unknown> = {};
  entries.forEach(([id], i) =>
    Object.defineProperty(copy, id, { value: changed[i], enumerable: true, writable: true, configurable: true }),
  );
  return copy;
}

/** A copy of a raw project whose levels and answers are in the framework's spelling wherever only the case differed. */
export function withCanonicalValues(
  framework: Pick<Framework, 'levels'>,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const levels = [...framework.levels.map((l) => l.id), UNKNOWN, NOT_APPLICABLE];
  const copy = { ...raw };
  if ('stages' in raw) copy.stages = mapValues(raw.stages, (entry) => canonicalEntry(entry, 'level', levels));
  if ('answers' in raw) copy.answers = mapValues(raw.answers, (entry) => canonicalEntry(entry, 'answer', ANSWERS));
  // "nation: scotland" or "Northern ireland" is the nation as copro names it.
  if (typeof raw.nation === 'string')
    copy.nation = NATIONS.find((n) => n.toLowerCase() === (raw.nation as string).trim().toLowerCase()) ?? raw.nation;
  return copy;
}
