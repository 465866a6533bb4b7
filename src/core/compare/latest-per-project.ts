// A batch summary shows each project once: when several files are assessments of one project
// (the same `id`), its row is the latest assessment's, with how many there are and which way the
// latest moved since the one before it from the same perspective. Rows of files without an id, and
// of an id used once, stay exactly as they are.
import { classDirection, overallDirection } from './compare-change.js';
import type { Direction } from '../model/comparison.js';

export interface AssessedRow {
  classId: string;
  score: number;
  /** Present when the file gives a project id. */
  assessment?: { id: string; date: string | null; perspective: string | null };
}

export interface History {
  assessments: number;
  /** The latest against the one before it from the same perspective; null when there is none. */
  trend: Direction | null;
  /** The date of that earlier assessment. */
  since: string | null;
}

const byDate = (a: AssessedRow, b: AssessedRow) => {
  const [da, db] = [a.assessment!.date, b.assessment!.date];
  return da === db ? 0 : da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
};

function historyOf(
  framework: { classes: readonly { id: string }[] },
  group: AssessedRow[],
): { latest: AssessedRow; history: History } {
  const dated = group.filter((r) => r.assessment!.date !== null).sort(byDate);
  const latest = dated.at(-1) ?? group.at(-1)!;
  const previous = dated
    .filter((r) => r !== latest && r.assessment!.perspective === latest.assessment!.perspective)
    .at(-1);
  if (!previous) return { latest, history: { assessments: group.length, trend: null, since: null } };
  const direction = classDirection(framework, previous.classId, latest.classId);
  const trend = overallDirection({ class: { direction }, score: { delta: latest.score - previous.score } });
  return { latest, history: { assessments: group.length, trend, since: previous.assessment!.date } };
}

/** One row per project, in the order each project first appears. */
export function latestPerProject<R extends AssessedRow>(
  framework: { classes: readonly { id: string }[] },
  rows: readonly R[],
): (R & { history?: History })[] {
  const groups = new Map<string, R[]>();
  for (const row of rows)
    if (row.assessment) groups.set(row.assessment.id, [...(groups.get(row.assessment.id) ?? []), row]);
  const shown: (R & { history?: History })[] = [];
  const done = new Set<string>();
  for (const row of rows) {
    const group = row.assessment ? groups.get(row.assessment.id)! : [row];
    if (group.length === 1) {
      shown.push(row);
      continue;
    }
    if (done.has(row.assessment!.id)) continue;
    done.add(row.assessment!.id);
    const { latest, history } = historyOf(framework, group);
    shown.push({ ...(latest as R), history });
  }
  return shown;
}
