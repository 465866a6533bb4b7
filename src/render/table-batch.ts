// The table format for several projects: one row per project, then the class counts.
import type { TableInput } from './table.js';
import { oneLine } from './safe-text.js';
import { historyNote } from './batch-row.js';
import { classMark, scoredLine, verdictNotes } from './scorecard-parts.js';
import { classStyle, heading, newTable, type TableOptions } from './table-parts.js';

/** File paths have no spaces to wrap at: let them break anywhere rather than be cut short. */
const pathCell = (file: string) => ({ content: oneLine(file), wrapOnWordBoundary: false });

/** The folder every file is in ("examples/"), so the table can show the shorter rest of each path. */
export function commonFolder(files: string[]): string {
  if (files.length < 2) return '';
  let prefix = files[0]!.slice(0, files[0]!.lastIndexOf('/') + 1);
  for (const file of files) {
    while (prefix && !file.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix;
}

export function renderBatchTable(report: Pick<TableInput, 'rows' | 'errors' | 'summary'>, { style, width }: TableOptions): string {
  // Fixed columns take 23+7+10+10 cells and the borders 7; project and file share the rest, the
  // file column no wider than its longest path needs, so names wrap rather than paths.
  const shared = Math.max(40, width - 57);
  const files = [...report.rows.map((r) => r.file), ...report.errors.map((e) => e.file)];
  const folder = commonFolder(files);
  const shown = (file: string) => file.slice(folder.length);
  const longestFile = Math.max(4, ...files.map((file) => oneLine(shown(file)).length));
  const fileWidth = Math.min(longestFile + 2, Math.floor(shared * 0.6));
  const table = newTable(['Project', 'File', 'Class', 'Score', 'Complete', 'Warnings'], [shared - fileWidth, fileWidth, 23, 7, 10, 10]);
  for (const r of report.rows) {
    const paint = classStyle(r.classId, style);
    const history = historyNote(r);
    table.push([history ? `${oneLine(r.name)}\n${style.dim(oneLine(history))}` : oneLine(r.name), pathCell(shown(r.file)), paint(classMark({ label: r.classLabel, provisional: r.provisional })), String(r.score), `${r.completeness}%`, String(r.warnings)]);
  }
  for (const file of new Set(report.errors.map((e) => e.file))) {
    table.push([style.bad('(not scored)'), pathCell(shown(file)), style.bad('invalid'), '', '', '']);
  }
  const { summary } = report;
  const counts = Object.entries(summary.classes).map(([id, n]) => `${classStyle(id, style)(id)}: ${n}`);
  return [
    ...(folder ? [style.dim(`Files in ${oneLine(folder)}`)] : []),
    table.toString(),
    '',
    heading(scoredLine(summary), style),
    counts.join(' · '),
    ...verdictNotes(summary),
    '',
  ].join('\n');
}
