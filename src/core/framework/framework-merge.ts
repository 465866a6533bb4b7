// A framework may `extends` another and override parts of it. Entries of the id-keyed lists
// (sources, stages, levels, criteria, classes, models, partners, terms, retired, and a criterion's indicators) are matched by id:
// a known id overrides the fields it gives, a new id is added at the end. Other keys replace.
// The merge remembers where each entry came from (merge-origins.ts), so a problem in the result is
// reported at the line of the file that wrote it.
import { Origins, type Origin } from './merge-origins.js';
import { isObject } from '../shared/plain-object.js';
import type { DocPath } from '../model/problem.js';
import type { Scoring } from '../model/types.js';

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
  const origins = new Origins<Ref>(layers[layers.length - 1]!.ref);
  for (const { data: layer, ref } of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (key === 'extends' || key === '$schema') continue;
      origins.record(ref, key, value);
      if ((LISTS as readonly string[]).includes(key) && Array.isArray(value) && Array.isArray(data[key])) {
        data = { ...data, [key]: mergeById(data[key] as Entry[], value as Entry[]) };
      } else if (key === 'scoring' && isObject(value) && isObject(data.scoring)) {
        data = { ...data, scoring: mergeScoring(data.scoring, value) };
      } else {
        data = { ...data, [key]: value };
      }
    }
  }
  return { data: withDefaults(data), originOf: (path) => origins.locate(data, path) };
}

function mergeScoring(base: Data, override: Data): Data {
  const merged: Data = { ...base, ...override };
  for (const key of ['points', 'unevidencedPoints']) {
    if (isObject(base[key]) && isObject(override[key])) merged[key] = { ...base[key], ...override[key] };
  }
  return merged;
}

function withDefaults(data: Data): Data {
  const scoring = isObject(data.scoring)
    ? mergeScoring(DEFAULT_SCORING as unknown as Data, data.scoring)
    : DEFAULT_SCORING;
  const lists = Object.fromEntries(LISTS.map((key) => [key, Array.isArray(data[key]) ? data[key] : []]));
  const classes = (lists.classes as Data[]).map((c) => ({ requires: [], ...c }));
  return { ...data, ...lists, classes, scoring };
}
