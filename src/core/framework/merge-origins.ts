// Where each part of a merged framework was last written: which layer (file) and its path in
// that layer's document, so that a problem found in the merged result is reported at the line
// that wrote it. A layer that names an entry of an id-keyed list (criteria/shared-power) takes
// the entry over; the fields and indicators it gives are its own, the rest stay where they were.
import type { DocPath } from '../model/problem.js';
import { isObject } from '../shared/plain-object.js';

export interface Origin<Ref> {
  ref: Ref;
  path: DocPath;
}

/** One entry of an id-keyed list: where it was last named, and where each field and indicator was. */
interface EntryOrigins<Ref> {
  entry: Origin<Ref>;
  fields: Map<string, Origin<Ref>>;
  indicators: Map<string, Origin<Ref>>;
}

export class Origins<Ref> {
  /** The layer that last wrote each top-level key. */
  private readonly keys = new Map<string, Ref>();
  /** By list key (criteria), then entry id (shared-power). */
  private readonly entries = new Map<string, Map<string, EntryOrigins<Ref>>>();

  /** `fallback`: the layer a path nobody wrote is laid at (the file given on the command line). */
  constructor(private readonly fallback: Ref) {}

  /** Layer `ref` wrote `value` at its top-level `key`. Call in layer order, root ancestor first. */
  record(ref: Ref, key: string, value: unknown): void {
    this.keys.set(key, ref);
    if (!Array.isArray(value)) return;
    value.forEach((entry: unknown, index) => {
      if (!isObject(entry) || typeof entry.id !== 'string') return;
      const origins = this.entryOrigins(key, entry.id, { ref, path: [key, index] });
      for (const field of Object.keys(entry)) origins.fields.set(field, { ref, path: [key, index, field] });
      if (!Array.isArray(entry.indicators)) return;
      entry.indicators.forEach((indicator: unknown, position) => {
        if (isObject(indicator) && typeof indicator.id === 'string') {
          origins.indicators.set(indicator.id, { ref, path: [key, index, 'indicators', position] });
        }
      });
    });
  }

  /** Where `path` in the merged document `data` was written. */
  locate(data: Record<string, unknown>, path: DocPath): Origin<Ref> {
    const [key, index, ...rest] = path;
    if (typeof key !== 'string') return { ref: this.fallback, path };
    const list = data[key];
    const entry = typeof index === 'number' && Array.isArray(list) ? (list[index] as unknown) : undefined;
    const origins = isObject(entry) ? this.entries.get(key)?.get(String(entry.id)) : undefined;
    if (isObject(entry) && origins) return locateInEntry(entry, origins, rest);
    return { ref: this.keys.get(key) ?? this.fallback, path };
  }

  private entryOrigins(key: string, id: string, entry: Origin<Ref>): EntryOrigins<Ref> {
    let list = this.entries.get(key);
    if (!list) this.entries.set(key, (list = new Map()));
    const known = list.get(id);
    if (known) {
      known.entry = entry;
      return known;
    }
    const origins: EntryOrigins<Ref> = { entry, fields: new Map(), indicators: new Map() };
    list.set(id, origins);
    return origins;
  }
}

/** `rest`: the path below the entry, e.g. ['weight'] or ['indicators', 2, 'question']. */
function locateInEntry<Ref>(entry: Record<string, unknown>, origins: EntryOrigins<Ref>, rest: DocPath): Origin<Ref> {
  const [field, position, ...deeper] = rest;
  const indicator =
    field === 'indicators' && typeof position === 'number' && Array.isArray(entry.indicators)
      ? (entry.indicators[position] as unknown)
      : undefined;
  const nested = isObject(indicator) ? origins.indicators.get(String(indicator.id)) : undefined;
  if (nested) return { ref: nested.ref, path: [...nested.path, ...deeper] };
  const fieldOrigin = typeof field === 'string' && field !== 'indicators' ? origins.fields.get(field) : undefined;
  if (fieldOrigin) return { ref: fieldOrigin.ref, path: [...fieldOrigin.path, ...rest.slice(1)] };
  return { ref: origins.entry.ref, path: [...origins.entry.path, ...rest] };
}
