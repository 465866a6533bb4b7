// When a project took place: a year, or a range of years in the forms people write them
// ("2018-2020", "2018–2020", "2018 to 2020", "2023-24", "2023/24", "2021-present", "2021-").
// The schema's pattern says which shapes are years; this says whether a range runs forwards.
import type { Problem } from './problem.js';

export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2100;

/** How the forms are described to a person, wherever a year is refused or asked for. */
export const YEAR_FORMS = `a year from ${FIRST_YEAR} to ${LAST_YEAR} such as 2019, or a range such as 2018-2020, 2023-24 or 2023/24 (2021-present for one still running)`;

/** Words that end an open range: the project is still running. */
const STILL_RUNNING = ['present', 'now', 'ongoing'];

// Each part can match in only one way, so the pattern runs in time linear in the text's length
// (the old pattern's three "\s*" in a row took minutes over a few thousand spaces).
const YEAR = '(?:18\\d\\d|19\\d\\d|20\\d\\d|2100)';
const END = `(?:${YEAR}|\\d\\d|${STILL_RUNNING.join('|')})`;
/** The shapes of a year written as text (used by the project schema, and so by editors). */
export const YEAR_PATTERN = `^\\s*${YEAR}(?:\\s*[-–/](?:\\s*${END})?|\\s+to\\s+${END})?\\s*$`;
/** Longer text is not a year (and is refused before any pattern runs). */
export const YEAR_MAX_LENGTH = 40;

const yearPattern = new RegExp(YEAR_PATTERN, 'u');

export interface YearSpan {
  from: number;
  /** Absent for a single year or a range still running. */
  to?: number;
}

/** The years a written year or range covers, or undefined when it is not one of the forms above. */
export function parseYear(value: number | string): YearSpan | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR ? { from: value } : undefined;
  if (value.length > YEAR_MAX_LENGTH || !yearPattern.test(value)) return undefined;
  const [fromText, toText] = value.trim().split(/\s*(?:[-\u2013/]|\s+to\s+)\s*/u) as [string, string | undefined];
  const from = Number(fromText);
  if (!toText || STILL_RUNNING.includes(toText)) return { from };
  if (toText.length === 4) return { from, to: Number(toText) };
  // "2023-24": the same century; "1999-02" runs into the next one.
  const century = Math.floor(from / 100) * 100;
  const to = century + Number(toText);
  return { from, to: to < from && to + 100 - from <= 10 ? to + 100 : to };
}

/** A problem with a year that has the right shape but cannot be right: a range running backwards. */
export function yearProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const span = parseYear(value);
  if (span?.to === undefined) return undefined;
  if (span.to > LAST_YEAR) return { path: ['year'], message: `"year" cannot end in ${span.to}: use ${YEAR_FORMS}` };
  if (span.to < span.from)
    return {
      path: ['year'],
      message: `"year" runs backwards (${span.from} to ${span.to}): write the earlier year first, e.g. ${span.to}-${span.from}`,
    };
  return undefined;
}
