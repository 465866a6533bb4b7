// The framework as the `copro criteria --format json` contract shows it, and lookups by id.
import { REPORT_SCHEMA_VERSION } from './report.js';
import type { Criterion, Indicator, LoadedFramework, Source, SourceItem } from './types.js';

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

export type FrameworkEntry =
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'indicator'; indicator: Indicator; criterion: Criterion }
  | { kind: 'source'; source: Source }
  | { kind: 'item'; item: SourceItem; source: Source; citedBy: Criterion[] }
  | { kind: 'stage'; id: string }
  | { kind: 'level'; id: string }
  | { kind: 'class'; id: string };

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
  if (f.stages.some((s) => s.id === id)) return { kind: 'stage', id };
  if (f.levels.some((l) => l.id === id)) return { kind: 'level', id };
  if (f.classes.some((c) => c.id === id)) return { kind: 'class', id };
  return undefined;
}
