// The table format for several projects: one row per project, then the class counts.
import { OFF_SCALE_IDS } from '../../core/framework/framework-rules.js';
import type { InputError } from '../../core/model/input-error.js';
import { shortLabel } from '../../core/shared/text.js';
import type { Report } from '../../core/model/report.js';
import { historyNote, type BatchRow } from '../batch-row.js';
import { oneLine } from '../text/safe-text.js';
import { classMark, isNumberShown, scoredLine, summaryOfRows, verdictNotes } from '../scorecard-parts.js';
import { classStyle, heading, newTable, type TableOptions } from './parts.js';

/** File paths have no spaces to wrap at: let them break anywhere rather than be cut short. */
const pathCell = (file: string) => ({ content: oneLine(file), wrapOnWordBoundary: false });

/**
 * The folder every file is in ("examples/"), so the table can show the shorter rest of each path.
 * Compared folder by folder, so it always ends: "/" and "" are folders like any other ("/a.yaml"
 * and "b.yaml" share none).
 */
export function commonFolder(files: string[]): string {
  if (files.length < 2) return '';
  const folders = files.map((file) => file.split('/').slice(0, -1));
  let shared = folders[0]!;
  for (const folder of folders) {
    let same = 0;
    while (same < shared.length && same < folder.length && shared[same] === folder[same]) same++;
    shared = shared.slice(0, same);
  }
  return shared.length === 0 ? '' : `${shared.join('/')}/`;
}

export interface BatchTableInput {
  rows: BatchRow[];
  errors: InputError[];
  summary: Report['summary'];
}

export function renderBatchTable(
  report: BatchTableInput,
  { style, width }: TableOptions,
  classes: readonly { id: string; label: string }[],
): string {
  // Fixed columns take 23+7+10+10 cells and the borders 7; project and file share the rest, the
  // file column no wider than its longest path needs, so names wrap rather than paths.
  const shared = Math.max(40, width - 57);
  const files = [...report.rows.map((r) => r.file), ...report.errors.map((e) => e.file)];
  const folder = commonFolder(files);
  const shown = (file: string) => file.slice(folder.length);
  const longestFile = Math.max(4, ...files.map((file) => oneLine(shown(file)).length));
  const fileWidth = Math.min(longestFile + 2, Math.floor(shared * 0.6));
  const table = newTable(
    ['Project', 'File', 'Class', 'Score', 'Complete', 'Warnings'],
    [shared - fileWidth, fileWidth, 23, 7, 10, 10],
  );
  // Words in place of a score ("not enough described to score") do not fit a 7-cell column:
  // the cell says "—" and a line under the table says why, once for each wording.
  const unscored = new Set<string>();
  for (const r of report.rows) {
    const paint = classStyle(r.classId, style);
    if (!isNumberShown(r.scoreText)) unscored.add(r.scoreText);
    const history = historyNote(r);
    table.push([
      history ? `${oneLine(r.name)}\n${style.dim(oneLine(history))}` : oneLine(r.name),
      pathCell(shown(r.file)),
      paint(classMark({ label: r.classLabel, provisional: r.provisional })),
      isNumberShown(r.scoreText) ? r.scoreText : '—',
      `${r.completeness}%`,
      String(r.warnings),
    ]);
  }
  for (const file of new Set(report.errors.map((e) => e.file))) {
    table.push([style.bad('(not scored)'), pathCell(shown(file)), style.bad('invalid'), '', '', '']);
  }
  const summary = summaryOfRows(report.summary, report.rows);
  // Counted by the class's name as a person reads it ("Consultation or engagement"), not its id.
  const named = new Map(classes.map((c) => [c.id, shortLabel(c.label)]));
  const offScale = (id: string) => OFF_SCALE_IDS.includes(id as (typeof OFF_SCALE_IDS)[number]);
  // The scale's classes first, highest first; an outcome off the scale after them, only when a project has it.
  const counts = Object.entries(summary.classes)
    .filter(([id, n]) => n > 0 || !offScale(id))
    .sort(([a], [b]) => Number(offScale(a)) - Number(offScale(b)))
    .map(([id, n]) => `${classStyle(id, style)(named.get(id) ?? id)}: ${n}`);
  return [
    ...(folder ? [style.dim(`Files in ${oneLine(folder)}`)] : []),
    table.toString(),
    ...[...unscored].map((words) => style.dim(`“—” in Score: ${words}.`)),
    '',
    heading(scoredLine(report.summary, report.rows.length), style),
    counts.join(' · '),
    ...verdictNotes(summary),
    '',
  ].join('\n');
}
