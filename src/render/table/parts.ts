// Shared pieces of the table format.
import Table from 'cli-table3';
import type { Style } from '../text/style.js';

export interface TableOptions {
  style: Style;
  width: number;
  verbose: boolean;
}

/** A cli-table3 table without its default red headers and grey borders (colour is ours to decide). */
export function newTable(head: string[], colWidths?: (number | null)[]): Table.Table {
  return new Table({
    head,
    style: { head: [], border: [], compact: false },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
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
