// When a project took place, in the words people use: a year ("2019"), a range ("2018-2020",
// "2014–2017", "2018 to 2020", "2023-24", "2018/19 to 2020/21"), one still running ("2021-present",
// "2016 onwards", "since 2019", "2021 - still going", "ongoing since 2020", "from 2016"), or a
// season or month with its year ("Spring 2022", "March 2021 to June 2023"). The text is kept as
// written; this reads the span of years it covers. Only text with no year in it is refused.
import type { Problem } from '../model/problem.js';

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/** How the forms are described to a person, wherever a year is refused or asked for. */
export const YEAR_FORMS = `a year from ${FIRST_YEAR} to ${LAST_YEAR} such as 2019 or "Spring 2022", a range such as 2018-2020 or 2023/24, or "2021 onwards" for a project still running`;

// A four-digit year not inside a longer number. Each part can match in only one way, so the
// pattern runs in time linear in the text's length.
const YEAR = '(?:18\\d\\d|19\\d\\d|20\\d\\d|2100)';
/** The schema's test of a year written as text: it holds a year (used by editors too). */
export const YEAR_PATTERN = `(?:^|\\D)${YEAR}(?!\\d)`;
/** Longer text is not a year (and is refused before any pattern runs). */
export const YEAR_MAX_LENGTH = 80;

// A year, with the short end of an academic or financial year after it ("2018/19", "2023-24").
const YEAR_TOKEN = new RegExp(`(?<!\\d)(${YEAR})(?:\\s*[-–/]\\s*(\\d\\d)(?!\\d))?(?!\\d)`, 'gu');
/** Words that say the project is still running (or has no end yet). */
const STILL_RUNNING =
  /\b(?:onwards?|ongoing|on-going|still|present|now|since|continuing|continues|current(?:ly)?|to date|today|open-ended)\b/iu;
/** A single year that starts something ("from 2016") or a range left open ("2021-", "2021 to"). */
const OPEN_START = /^\s*from\b/iu;
const OPEN_END = /(?:[-\u2013]|\bto|\buntil)\s*$/iu;

export interface YearSpan {
  from: number;
  /** The last year; null while the project is still running. A single year has `to` = `from`. */
  to: number | null;
}

interface Token {
  from: number;
  to: number;
}

/** "2023-24" is 2023 to 2024; "1999-02" runs into the next century. */
function shortEnd(from: number, end: string): number {
  const century = Math.floor(from / 100) * 100;
  const to = century + Number(end);
  return to < from && to + 100 - from <= 10 ? to + 100 : to;
}

// An aside in brackets ("2019 to 2021 (pilot in 2018)") is a note, not part of the range's order:
// its years widen the span (a search for 2018 finds the pilot) but never make the range run
// backwards.
const ASIDE = /\([^()]*\)|\[[^[\]]*\]/gu;

function tokensOutsideAsides(text: string): Token[] {
  return tokens(text.replace(ASIDE, ' '));
}

function tokens(text: string): Token[] {
  return [...text.matchAll(YEAR_TOKEN)].map((m) => {
    const from = Number(m[1]);
    return { from, to: m[2] === undefined ? from : shortEnd(from, m[2]) };
  });
}

/** The years a written year or range covers, or undefined when it holds no year. */
export function parseYear(value: number | string): YearSpan | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR
      ? { from: value, to: value }
      : undefined;
  if (value.length > YEAR_MAX_LENGTH) return undefined;
  const found = tokens(value);
  if (found.length === 0) return undefined;
  const from = Math.min(...found.map((t) => t.from));
  const last = Math.max(...found.map((t) => t.to));
  const open = STILL_RUNNING.test(value) || OPEN_END.test(value) || (found.length === 1 && OPEN_START.test(value));
  // "since 2019" and "2016 onwards" run on; "2016-2020, still going" ran to 2020 and runs on.
  return { from, to: open ? null : last };
}

/** Why text is not a year: what was found in it, and how to write one. */
export function yearNotUnderstood(text: string): string {
  const numbers = [...text.matchAll(/\d+/gu)].map((m) => m[0]);
  const found =
    numbers.length === 0
      ? 'no year in it'
      : `no year from ${FIRST_YEAR} to ${LAST_YEAR} in it, only ${numbers.slice(0, 3).join(', ')}`;
  return `"year" has ${found}: use ${YEAR_FORMS}`;
}

/** A problem with a year that has a year in it but cannot be right: a range running backwards. */
export function yearProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length > YEAR_MAX_LENGTH) return undefined;
  const found = tokensOutsideAsides(value);
  if (found.length === 0) return undefined;
  const late = found.find((t) => t.to > LAST_YEAR);
  if (late) return { path: ['year'], message: `"year" cannot end in ${late.to}: use ${YEAR_FORMS}` };
  // Each year read should be no earlier than the one before it.
  const ends = found.flatMap((t) => [t.from, t.to]);
  const back = ends.findIndex((year, i) => i > 0 && year < ends[i - 1]!);
  if (back > 0) {
    const [later, earlier] = [ends[back - 1]!, ends[back]!];
    return {
      path: ['year'],
      message: `"year" runs backwards (${later} to ${earlier}): write the earlier year first, e.g. ${earlier}-${later}`,
    };
  }
  return undefined;
}
