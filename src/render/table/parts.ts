// Shared pieces of the table format.
import Table from 'cli-table3';
import type { Style } from '../text/style.js';
import { shorten } from '../text/wrap.js';

export interface TableOptions {
  style: Style;
  width: number;
  verbose: boolean;
}

/**
 * Longest text put in one cell. cli-table3 fits text to its column with a cut that takes time
 * growing with the square of the text (a 400 KB evidence took over a minute, deaf to Ctrl-C), so a
 * longer text is cut here first, between words, saying where the whole of it is.
 */
const MAX_CELL_CHARS = 4_000;

function cutCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  return `${shorten(text, MAX_CELL_CHARS)} [cut: ${(text.length - MAX_CELL_CHARS).toLocaleString('en')} more characters; --format markdown, html or json shows all]`;
}

type Cell = Table.Cell;

function cutAny(cell: Cell): Cell {
  if (typeof cell === 'string') return cutCell(cell);
  if (cell && typeof cell === 'object' && 'content' in cell && typeof cell.content === 'string')
    return { ...cell, content: cutCell(cell.content) };
  return cell;
}

/** A cli-table3 table without its default red headers and grey borders (colour is ours to decide). */
export function newTable(head: string[], colWidths?: (number | null)[]): Table.Table {
  const table = new Table({
    head,
    style: { head: [], border: [], compact: false },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
  // Every row's text is cut to MAX_CELL_CHARS on its way in, whichever renderer adds it.
  const push = table.push.bind(table);
  table.push = (...rows: Table.Table[number][]) =>
    push(...rows.map((row) => (Array.isArray(row) ? row.map(cutAny) : row)));
  return table;
}

export function heading(text: string, style: Style): string {
  return style.bold(text);
}

export function classStyle(classId: string, style: Style): (text: string) => string {
  if (classId === 'co-production') return style.good;
  if (classId === 'partial-co-production') return style.warn;
  // Off the scale (not yet assessable, community-led action): plain, neither good nor bad.
  if (classId === 'not-yet-assessable' || classId === 'community-led-action') return style.bold;
  return style.accent;
}

/** A bar of `width` cells for a 0–100 score, readable without colour. */
export function bar(score: number | null, width = 10): string {
  if (score === null) return ' '.repeat(width);
  const filled = Math.round((score / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
