// Which answer ids in a project file belong to an earlier version of the framework, and what they
// are called now. Pure: `copro validate --fix` uses it to rewrite a file, the scorer reads old ids
// the same way (project-rules).
import type { Framework } from '../model/types.js';

export interface IdRename {
  from: string;
  to: string;
}

export interface IdMigration {
  /** Old ids to rewrite, in the order given. */
  renames: IdRename[];
  /** Old ids left as they are, because the file already answers the new id too. */
  clashes: IdRename[];
  /** Ids of indicators that were retired, with what became of them. */
  retired: { id: string; note: string }[];
}

export function migrationFor(framework: Framework, answerIds: readonly string[]): IdMigration {
  const renamedTo = new Map(
    framework.criteria.flatMap((c) =>
      c.indicators.flatMap((i) => (i.aliases ?? []).map((alias) => [alias, i.id] as const)),
    ),
  );
  const retiredNotes = new Map(framework.retired.map((r) => [r.id, r.note]));
  const given = new Set(answerIds);
  const migration: IdMigration = { renames: [], clashes: [], retired: [] };
  for (const id of answerIds) {
    const to = renamedTo.get(id);
    if (to) (given.has(to) ? migration.clashes : migration.renames).push({ from: id, to });
    const note = retiredNotes.get(id);
    if (note !== undefined) migration.retired.push({ id, note });
  }
  return migration;
}
