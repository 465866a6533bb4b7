// The framework as the `copro criteria --format json` contract shows it, and lookups by id.
import { REPORT_SCHEMA_VERSION } from '../model/report.js';
import type {
  AnswerCues,
  ClassDef,
  Criterion,
  Cues,
  Indicator,
  Level,
  LoadedFramework,
  Model,
  Partner,
  Source,
  SourceItem,
  Stage,
  StageCues,
  Term,
} from '../model/types.js';

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
      items: s.items.map((i) => ({
        id: i.id,
        name: i.name,
        summary: i.summary,
        verified: i.verified ?? true,
        ...(i.note ? { note: i.note } : {}),
      })),
    })),
    // Everything a person needs to answer a project file: each stage's tests for each level, each
    // question's yes/partly guidance, the class rules and the terms.
    stages: f.stages.map((s) => ({
      id: s.id,
      label: s.label,
      description: s.description ?? null,
      phase: s.phase ?? null,
      tests: s.tests ?? {},
      // Added with framework 3.0.0: the Participation Handbook's delivery-cycle stages this one covers.
      ...(s.handbookStages ? { handbookStages: s.handbookStages } : {}),
    })),
    levels: f.levels.map((l) => ({
      id: l.id,
      label: l.label,
      description: l.description ?? null,
      example: l.example ?? null,
    })),
    criteria: f.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      weight: c.weight,
      summary: c.summary,
      sources: c.sources,
      models: c.models ?? [],
      advice: c.advice ?? null,
      indicators: c.indicators.map((i) => ({
        id: i.id,
        question: i.question,
        yes: i.yes ?? null,
        partly: i.partly ?? null,
        ...(i.stage ? { stage: i.stage, impliesLevel: i.impliesLevel } : {}),
        aliases: i.aliases ?? [],
      })),
    })),
    classes: f.classes.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description ?? null,
      // Added with framework 3.0.0: an outcome off the co-production scale.
      ...(c.offScale ? { offScale: true } : {}),
      requires: c.requires,
    })),
    scoring: f.scoring,
    terms: f.terms,
    models: f.models,
    partners: f.partners,
    retired: f.retired,
    changes: f.changes ?? [],
    cues: f.cues ?? null,
  };
}

/** One entry found by id, with what it is part of; `copro criteria <id> --format json` prints it as it is. */
export type FrameworkEntry =
  | { kind: 'criterion'; criterion: Criterion }
  | { kind: 'indicator'; indicator: Indicator; criterion: Criterion; cues?: AnswerCues }
  | { kind: 'source'; source: Source }
  | { kind: 'item'; item: SourceItem; source: Source; citedBy: Criterion[] }
  | { kind: 'stage'; stage: Stage; cues?: StageCues; reader?: StageReaderCues }
  | { kind: 'level'; level: Level }
  | { kind: 'class'; class: ClassDef }
  | { kind: 'term'; term: Term }
  | { kind: 'terms'; terms: Term[] }
  | { kind: 'model'; model: Model }
  | { kind: 'partner'; partner: Partner }
  | { kind: 'partners'; partners: Partner[] }
  | { kind: 'cues'; cues: Cues };

export function allIds(f: LoadedFramework): string[] {
  return [
    ...f.criteria.flatMap((c) => [c.id, ...c.indicators.map((i) => i.id)]),
    ...f.sources.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]),
    ...f.stages.map((s) => s.id),
    ...f.levels.map((l) => l.id),
    ...f.classes.map((c) => c.id),
    ...f.terms.map((t) => t.id),
    ...f.models.map((m) => m.id),
    ...f.partners.map((p) => p.id),
    'terms',
    'partners',
    ...(f.cues ? ['cues'] : []),
  ];
}

export function findEntry(f: LoadedFramework, id: string): FrameworkEntry | undefined {
  for (const criterion of f.criteria) {
    if (criterion.id === id) return { kind: 'criterion', criterion };
    const indicator = criterion.indicators.find((i) => i.id === id);
    if (indicator) return { kind: 'indicator', indicator, criterion, ...cuesFor(f.cues?.answers, id) };
  }
  for (const source of f.sources) {
    if (source.id === id) return { kind: 'source', source };
    const item = source.items.find((i) => i.id === id);
    if (item) return { kind: 'item', item, source, citedBy: f.criteria.filter((c) => c.sources.includes(id)) };
  }
  const stage = f.stages.find((s) => s.id === id);
  if (stage) return { kind: 'stage', stage, ...cuesFor(f.cues?.stages, id), ...readerCuesFor(f, id) };
  const level = f.levels.find((l) => l.id === id);
  if (level) return { kind: 'level', level };
  const classDef = f.classes.find((c) => c.id === id);
  if (classDef) return { kind: 'class', class: classDef };
  // A term may share its id with a class (co-production, consultation): the class comes first,
  // and `copro criteria terms` lists every term.
  const term = f.terms.find((t) => t.id === id);
  if (term) return { kind: 'term', term };
  if (id === 'terms') return { kind: 'terms', terms: f.terms };
  const model = f.models.find((m) => m.id === id);
  if (model) return { kind: 'model', model };
  const partner = f.partners.find((p) => p.id === id);
  if (partner) return { kind: 'partner', partner };
  if (id === 'partners') return { kind: 'partners', partners: f.partners };
  if (id === 'cues' && f.cues) return { kind: 'cues', cues: f.cues };
  return undefined;
}

/** What the reader of `copro draft` takes as an action at one stage (added in 0.2; additive). */
export interface StageReaderCues {
  actions: string[];
  roles?: string[];
  topics?: string[];
  selfLabels?: string[];
}

function readerCuesFor(f: LoadedFramework, stage: string): { reader?: StageReaderCues } {
  const reader = f.cues?.reader;
  const actions = reader?.actions[stage];
  if (!reader || !actions) return {};
  const more = (name: 'roles' | 'topics' | 'selfLabels') =>
    reader[name]?.[stage] ? { [name]: reader[name][stage] } : {};
  return { reader: { actions, ...more('roles'), ...more('topics'), ...more('selfLabels') } };
}

/** `{ cues }` for the entry with this id, or nothing when the framework has no cues for it. */
function cuesFor<T extends { id: string }>(list: T[] | undefined, id: string): { cues?: T } {
  const cues = list?.find((c) => c.id === id);
  return cues ? { cues } : {};
}
