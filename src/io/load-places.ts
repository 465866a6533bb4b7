// The list of places copro reads a project's location with (criteria/places.yaml), read once per
// run when the first project needs it. It is copro's own file: a test checks its shape, so here a
// file that cannot be read only means no project is placed, never that scoring stops. The build
// reads it once into dist/places.cache (io/source-cache.ts), used while the file is unchanged:
// parsing its 11 kB of flow lists with the yaml library took some 10 ms at every start, and in
// every thread of a batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Gazetteer, placeOfProject, type PlaceList } from '../core/project/places.js';
import { isObject } from '../core/shared/plain-object.js';
import type { Project } from '../core/model/types.js';
import { PACKAGE_ROOT } from './package-paths.js';
import { readSourceCache, sourceCacheEntry } from './source-cache.js';

const PLACES_FILE = join(PACKAGE_ROOT, 'criteria', 'places.yaml');
const PLACES_CACHE = join(PACKAGE_ROOT, 'dist', 'places.cache');

/** The shipped list's text, or '' without it: a hub's fingerprint changes when the list does. */
export function placeListText(): string {
  try {
    return readFileSync(PLACES_FILE, 'utf8');
  } catch {
    return '';
  }
}

let loaded: Gazetteer | undefined;

/** The list as data, or an empty list when the file is missing or not the expected shape. */
export function readPlaceList(file = PLACES_FILE): PlaceList {
  try {
    const data: unknown =
      (file === PLACES_FILE && readSourceCache(PLACES_CACHE, file)) || parse(readFileSync(file, 'utf8'));
    if (isObject(data) && Array.isArray(data.nations) && Array.isArray(data.councilAreas))
      return data as unknown as PlaceList;
  } catch {
    // Below: no places rather than no report.
  }
  return { nations: [], councilAreas: [] };
}

/**
 * For the build: the cache entry for the shipped list of places (dist/places.cache).
 * @public scripts/build.mjs imports it from the built dist/, where knip cannot follow.
 */
export function placesCacheEntry(): Buffer {
  return sourceCacheEntry(PLACES_FILE, JSON.stringify(parse(readFileSync(PLACES_FILE, 'utf8'))));
}

function gazetteer(): Gazetteer {
  return (loaded ??= new Gazetteer(readPlaceList()));
}

/** The first place a text names plainly, by the shipped list (for a draft whose text says "in X" nowhere). */
export function placeNamedIn(text: string): string | undefined {
  return gazetteer().placeNamedIn(text);
}

/** The project with its nation and council area: as its file says, else as its location names them. */
export function withPlace(project: Project): Project {
  const { nation: _n, councilArea: _c, ...rest } = project;
  return { ...rest, ...placeOfProject(gazetteer(), project) };
}
