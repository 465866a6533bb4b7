// The framework as the `copro criteria --format json` contract shows it, and lookups by id.
import { REPORT_SCHEMA_VERSION } from './report.js';
import type { ClassDef, Criterion, Indicator, Level, LoadedFramework, Source, SourceItem, Stage } from './types.js';

export function frameworkDocument(f: LoadedFramework) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    framework: { id: f.id, name: f.name, version: f.version, hash: f.hash },
    sources: f.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      year: s.year ?? null,
      url: s.url ?? null,
      items: s.items.map((i) => ({ id: i.id, name: i.name, summary: i.summary, verified: i.verified ?? true, ...(i.note ? { note: i.note } : {}) })),
    })),
    stages: f.stages.map((s) => ({ id: s.id, label: s.label })),
    levels: f.levels.map((l) => ({ id: l.id, label: l.label })),
    criteria: f.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      weight: c.weight,
      summary: c.summary,
      sources: c.sources,
      indicators: c.indicators.map((i) => ({ id: i.id, question: i.question })),
    })),
    classes: f.classes.map((c) => ({ id: c.id, label: c.label })),
  };
}

/** One entry found by id, with what it is part of; `copro criteria <id> --format json` prints it as it is. */
export type FrameworkEntry =
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'indicator'; indicator: Indicator; criterion: Criterion }
  | { kind: 'source'; source: Source }
  | { kind: 'item'; item: SourceItem; source: Source; citedBy: Criterion[] }
  | { kind: 'stage'; stage: Stage }
  | { kind: 'level'; level: Level }
  | { kind: 'class'; class: ClassDef };

export function allIds(f: LoadedFramework): string[] {
  return [
    ...f.criteria.flatMap((c) => [c.id, ...c.indicators.map((i) => i.id)]),
    ...f.sources.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]),
    ...f.stages.map((s) => s.id),
    ...f.levels.map((l) => l.id),
    ...f.classes.map((c) => c.id),
  ];
}

export function findEntry(f: LoadedFramework, id: string): FrameworkEntry | undefined {
  for (const criterion of f.criteria) {
    if (criterion.id === id) return { kind: 'criterion', criterion };
    const indicator = criterion.indicators.find((i) => i.id === id);
    if (indicator) return { kind: 'indicator', indicator, criterion };
  }
  for (const source of f.sources) {
    if (source.id === id) return { kind: 'source', source };
    const item = source.items.find((i) => i.id === id);
    if (item) return { kind: 'item', item, source, citedBy: f.criteria.filter((c) => c.sources.includes(id)) };
  }
  const stage = f.stages.find((s) => s.id === id);
  if (stage) return { kind: 'stage', stage };
  const level = f.levels.find((l) => l.id === id);
  if (level) return { kind: 'level', level };
  const classDef = f.classes.find((c) => c.id === id);
  if (classDef) return { kind: 'class', class: classDef };
  return undefined;
}
