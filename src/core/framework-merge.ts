// A framework may `extends` another and override parts of it. Entries of the id-keyed lists
// (sources, stages, levels, criteria, classes, models, partners, terms, retired, and a criterion's indicators) are matched by id:
// a known id overrides the fields it gives, a new id is added at the end. Other keys replace.
// The merge remembers where each entry came from, so a problem in the result is reported at the
// line of the file that wrote it.
import type { DocPath } from './problem.js';
import type { Scoring } from './types.js';

export const DEFAULT_SCORING: Scoring = {
  points: { yes: 4, partly: 2, no: 0, unknown: 0 },
  unevidencedPoints: { yes: 3, partly: 1 },
  sharedFrom: 'collaborate',
  minimumCompleteness: 50,
  nextSteps: 5,
};

const LISTS = ['sources', 'stages', 'levels', 'criteria', 'classes', 'models', 'partners', 'terms', 'retired'] as const;

type Data = Record<string, unknown>;
type Entry = Data & { id: string };

/** One framework file's parsed content and a reference to it (its file name, for locating). */
export interface Layer<Ref> {
  data: Data;
  ref: Ref;
}

export interface Origin<Ref> {
  ref: Ref;
  path: DocPath;
}

export interface Merged<Ref> {
  data: Data;
  originOf(path: DocPath): Origin<Ref>;
}

function mergeEntry(base: Entry, override: Entry): Entry {
  const merged: Entry = { ...base, ...override };
  if (Array.isArray(base.indicators) && Array.isArray(override.indicators)) {
    merged.indicators = mergeById(base.indicators as Entry[], override.indicators as Entry[]);
  }
  return merged;
}

function mergeById(base: Entry[], overrides: Entry[]): Entry[] {
  const result = [...base];
  for (const entry of overrides) {
    const at = result.findIndex((e) => e.id === entry.id);
    if (at >= 0) result[at] = mergeEntry(result[at]!, entry);
    else result.push(entry);
  }
  return result;
}

/** Layers from the root ancestor to the file given on the command line. */
export function mergeLayers<Ref>(layers: Layer<Ref>[]): Merged<Ref> {
  let data: Data = {};
  const keyOrigin = new Map<string, Ref>();
  // Where each entry, each field of an entry, and each indicator of a criterion was last written:
  // "criteria/shared-power", "criteria/shared-power#weight", "criteria/shared-power/indicators/x".
  const entryOrigin = new Map<string, Origin<Ref>>();
  for (const { data: layer, ref } of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (key === 'extends' || key === '$schema') continue;
      keyOrigin.set(key, ref);
      if ((LISTS as readonly string[]).includes(key) && Array.isArray(value) && Array.isArray(data[key])) {
        data = { ...data, [key]: mergeById(data[key] as Entry[], value as Entry[]) };
      } else if (key === 'scoring' && isObject(value) && isObject(data.scoring)) {
        data = { ...data, scoring: mergeScoring(data.scoring, value) };
      } else {
        data = { ...data, [key]: value };
      }
      if (Array.isArray(value)) {
        value.forEach((entry, index) => {
          if (!isObject(entry) || typeof entry.id !== 'string') return;
          const at = `${key}/${entry.id}`;
          entryOrigin.set(at, { ref, path: [key, index] });
          for (const field of Object.keys(entry)) entryOrigin.set(`${at}#${field}`, { ref, path: [key, index, field] });
          if (!Array.isArray(entry.indicators)) return;
          entry.indicators.forEach((indicator, j) => {
            if (isObject(indicator) && typeof indicator.id === 'string') {
              entryOrigin.set(`${at}/indicators/${indicator.id}`, { ref, path: [key, index, 'indicators', j] });
            }
          });
        });
      }
    }
  }
  const last = layers[layers.length - 1]!.ref;
  const originOf = (path: DocPath): Origin<Ref> => {
    const [key, index, ...rest] = path;
    if (typeof key !== 'string') return { ref: last, path };
    const list = data[key];
    if (typeof index === 'number' && Array.isArray(list) && isObject(list[index])) {
      const entry = list[index];
      const at = `${key}/${String(entry.id)}`;
      const [field, position, ...deeper] = rest;
      const indicator = field === 'indicators' && typeof position === 'number' && Array.isArray(entry.indicators) ? entry.indicators[position] : undefined;
      const nested = isObject(indicator) ? entryOrigin.get(`${at}/indicators/${String(indicator.id)}`) : undefined;
      if (nested) return { ref: nested.ref, path: [...nested.path, ...deeper] };
      const fieldOrigin = typeof field === 'string' ? entryOrigin.get(`${at}#${field}`) : undefined;
      if (fieldOrigin && field !== 'indicators') return { ref: fieldOrigin.ref, path: [...fieldOrigin.path, ...rest.slice(1)] };
      const origin = entryOrigin.get(at);
      if (origin) return { ref: origin.ref, path: [...origin.path, ...rest] };
    }
    return { ref: keyOrigin.get(key) ?? last, path };
  };
  return { data: withDefaults(data), originOf };
}

function mergeScoring(base: Data, override: Data): Data {
  const merged: Data = { ...base, ...override };
  for (const key of ['points', 'unevidencedPoints']) {
    if (isObject(base[key]) && isObject(override[key])) merged[key] = { ...base[key], ...override[key] };
  }
  return merged;
}

function withDefaults(data: Data): Data {
  const scoring = isObject(data.scoring) ? mergeScoring(DEFAULT_SCORING as unknown as Data, data.scoring) : DEFAULT_SCORING;
  const lists = Object.fromEntries(LISTS.map((key) => [key, Array.isArray(data[key]) ? data[key] : []]));
  const classes = (lists.classes as Data[]).map((c) => ({ requires: [], ...c }));
  return { ...data, ...lists, classes, scoring };
}

export function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
