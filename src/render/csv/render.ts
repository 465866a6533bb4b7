// The CSV format: one row per project for a spreadsheet, streamed as results arrive. RFC 4180:
// CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled.
// Text that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return)
// gets a leading apostrophe, so a project named "=HYPERLINK(…)" stays a name. Numbers are written
// as numbers and never touched.
import type { InputError } from '../../core/model/input-error.js';
import type { ReportResult } from '../../core/model/report.js';
import { problemsByFile } from '../scorecard-parts.js';
import { terminalSafe } from '../text/safe-text.js';
import type { FrameworkOutline } from '../sink.js';

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One text cell made inert: a spreadsheet shows it as text, never evaluates it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(terminalSafe(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The columns, the framework's criteria and stages in its own order (ids are stable for scripts). */
export function csvColumns(outline: FrameworkOutline): string[] {
  return [
    'file',
    'name',
    'class',
    'provisional',
    'score',
    'completeness',
    // Added with framework 3.0.0: whether the human formats show the score, and the class a plan leads to.
    'score-shown',
    'on-course-for',
    'term:claimed',
    'term:supported',
    ...outline.criteria.map((c) => `criterion:${c.id}`),
    ...outline.stages.map((s) => `stage:${s.id}`),
    'warnings',
    'status',
    'problem',
    // Added after the first release: at the end, so that no column a script reads by position moves.
    'nation',
    'councilArea',
  ];
}

export function csvResultValues(result: ReportResult, outline: FrameworkOutline): CsvValue[] {
  const criterion = new Map(result.criteria.map((c) => [c.id, c.score]));
  const stage = new Map(result.stages.map((s) => [s.id, s.level]));
  return [
    result.file,
    result.project.name,
    result.classification.id,
    result.classification.provisional ? 'yes' : 'no',
    result.score,
    result.completeness,
    result.scoreShown === false ? 'no' : 'yes',
    result.classification.onCourseFor,
    result.terms.claimed?.id,
    result.terms.supported?.id,
    ...outline.criteria.map((c) => criterion.get(c.id)),
    ...outline.stages.map((s) => stage.get(s.id)),
    result.warnings.length,
    'scored',
    '',
    result.project.nation,
    result.project.councilArea,
  ];
}

/** A row per file that could not be scored: its name, "invalid", and what was wrong. */
export function csvErrorValues(errors: readonly InputError[], outline: FrameworkOutline): CsvValue[][] {
  // Every column but file, status and problem stays empty (the place too: the file could not be read).
  const blanks = new Array<CsvValue>(csvColumns(outline).length - 5).fill('');
  return [...problemsByFile(errors)].map(([file, problems]) => [
    file,
    ...blanks,
    'invalid',
    problems.join('; '),
    '',
    '',
  ]);
}

/** The byte order mark that tells Excel, opening a file by a double-click, that the text is UTF-8 ("£" rather than "Â£"). */
export const UTF8_BOM = '\uFEFF';
