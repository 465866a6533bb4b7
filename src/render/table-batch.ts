// The table format for several projects: one row per project, then the class counts.
import type { TableInput } from './table.js';
import { oneLine } from './safe-text.js';
import { scoredLine } from './scorecard-parts.js';
import { classStyle, heading, newTable, type TableOptions } from './table-parts.js';

/** File paths have no spaces to wrap at: let them break anywhere rather than be cut short. */
const pathCell = (file: string) => ({ content: oneLine(file), wrapOnWordBoundary: false });

export function renderBatchTable(report: Pick<TableInput, 'rows' | 'errors' | 'summary'>, { style, width }: TableOptions): string {
  const nameWidth = Math.max(20, Math.min(40, Math.floor((width - 50) / 2)));
  const table = newTable(['Project', 'File', 'Class', 'Score', 'Complete', 'Warnings'], [nameWidth, nameWidth, 24, 7, 10, 10]);
  for (const r of report.rows) {
    const paint = classStyle(r.classId, style);
    table.push([oneLine(r.name), pathCell(r.file), paint(r.classLabel), String(r.score), `${r.completeness}%`, String(r.warnings)]);
  }
  for (const file of new Set(report.errors.map((e) => e.file))) {
    table.push([style.bad('(not scored)'), pathCell(file), style.bad('invalid'), '', '', '']);
  }
  const { summary } = report;
  const counts = Object.entries(summary.classes).map(([id, n]) => `${classStyle(id, style)(id)}: ${n}`);
  return [
    table.toString(),
    '',
    heading(scoredLine(summary), style),
    counts.join(' · '),
    '',
  ].join('\n');
}
