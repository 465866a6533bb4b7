// The table format's account of `--baseline`: one project's change since the baseline in full,
// or, for a batch, which projects went up and which went down.
import type { Change, Direction } from '../../core/model/comparison.js';
import type { ReportResult } from '../../core/model/report.js';
import type { BatchRow } from '../batch-row.js';
import { changeLines, type Classes } from '../compare/table.js';
import { DIRECTION_WORDS, signed } from '../compare/parts.js';
import { oneLine } from '../text/safe-text.js';
import { labelOf } from '../scorecard-parts.js';
import { heading, type TableOptions } from './parts.js';

const baselineTitle = (change: Change) =>
  `Since the baseline (${oneLine(change.from.file)}${change.from.date ? `, assessed ${change.from.date}` : ''})`;

/** '' when the run has no baseline. */
export function projectChangeText(result: ReportResult, classes: Classes, options: TableOptions): string {
  if (result.change === undefined) return '';
  const lines = result.change
    ? changeLines(baselineTitle(result.change), result.change, classes, options)
    : [heading('Since the baseline', options.style), '  Not in the baseline: nothing to compare with.'];
  return `\n${lines.join('\n')}\n`;
}

/** '' when the run has no baseline. */
export function batchChangeText(rows: BatchRow[], classes: Classes, { style }: TableOptions): string {
  if (rows.every((r) => r.change === undefined)) return '';
  const count = (d: Direction) => rows.filter((r) => r.change?.direction === d).length;
  const fresh = rows.filter((r) => r.change === null).length;
  const lines = [
    heading('Since the baseline', style),
    `  ${count('up')} up · ${count('down')} down · ${count('same')} no change${fresh ? ` · ${fresh} not in the baseline` : ''}`,
  ];
  for (const row of rows) {
    const change = row.change;
    if (!change || change.direction === 'same') continue;
    const paint = change.direction === 'down' ? style.bad : style.good;
    const cls =
      change.class.from === change.class.to
        ? labelOf(classes, change.class.to)
        : `${labelOf(classes, change.class.from)} → ${labelOf(classes, change.class.to)}`;
    lines.push(
      `  ${paint(DIRECTION_WORDS[change.direction])}  ${oneLine(row.name)} (${oneLine(row.file)}): ${cls}, score ${change.score.from} → ${change.score.to} (${signed(change.score.delta)})`,
    );
  }
  return `\n${lines.join('\n')}\n`;
}
