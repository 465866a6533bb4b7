// The bundled framework, read, checked and hashed once at build time rather than at every start:
// parsing 120 kB of YAML and checking it cost more than all the rest of a one-file run. The cache
// (dist/default-framework.cache, io/source-cache.ts) holds the bytes of criteria/framework.yaml it
// was made from and is used only while the file still reads exactly so: a framework edited after
// the build is read the plain way, as is every other framework.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LoadedFramework } from '../core/model/types.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { loadFramework, type FrameworkResult } from './load-framework.js';
import { DEFAULT_FRAMEWORK, PACKAGE_ROOT } from './package-paths.js';
import { readYamlFile } from './read-yaml.js';
import { readSourceCache, sourceCacheEntry } from './source-cache.js';

export const FRAMEWORK_CACHE = join(PACKAGE_ROOT, 'dist', 'default-framework.cache');

function readCache(): LoadedFramework | undefined {
  return readSourceCache(FRAMEWORK_CACHE, DEFAULT_FRAMEWORK) as LoadedFramework | undefined;
}

/**
 * loadFramework, served from the build's cache when it is the bundled framework, unchanged. (The
 * bundled framework is read within the default limits whatever `limits` says, as loadFramework
 * reads it, so the limits do not matter to the cache.)
 */
export async function loadFrameworkCached(
  file: string = DEFAULT_FRAMEWORK,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<FrameworkResult> {
  const cached = file === DEFAULT_FRAMEWORK ? readCache() : undefined;
  return cached ? { ok: true, framework: cached, files: [DEFAULT_FRAMEWORK] } : loadFramework(file, limits);
}

/**
 * For the build: the cache entry for the bundled framework, or undefined when it cannot be cached
 * (it is invalid, it extends another file, or it would not survive the trip through JSON).
 * @public scripts/build.mjs imports it from the built dist/, where knip cannot follow.
 */
export async function frameworkCacheEntry(): Promise<Buffer | undefined> {
  const read = await readYamlFile(DEFAULT_FRAMEWORK);
  const loaded = await loadFramework();
  if (!read.ok || !loaded.ok) return undefined;
  if (typeof read.source.data === 'object' && read.source.data !== null && 'extends' in read.source.data)
    return undefined;
  const json = JSON.stringify(loaded.framework);
  if (!isDeepStrictEqual(JSON.parse(json), loaded.framework)) return undefined;
  return sourceCacheEntry(DEFAULT_FRAMEWORK, json);
}
