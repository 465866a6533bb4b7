// The bundled framework, read, checked and hashed once at build time rather than at every start:
// parsing 120 kB of YAML and checking it cost more than all the rest of a one-file run. The cache
// (dist/default-framework.cache) holds the bytes of criteria/framework.yaml it was made from and
// is used only while the file still reads exactly so: a framework edited after the build is read
// the plain way, as is every other framework. The cache is the length of those bytes on a line of
// its own, the bytes, then the framework as JSON: comparing bytes costs less than hashing them,
// and less than decoding them from a JSON string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LoadedFramework } from '../core/model/types.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { loadFramework, type FrameworkResult } from './load-framework.js';
import { DEFAULT_FRAMEWORK, PACKAGE_ROOT } from './package-paths.js';
import { readYamlFile } from './read-yaml.js';

export const FRAMEWORK_CACHE = join(PACKAGE_ROOT, 'dist', 'default-framework.cache');

function readCache(): LoadedFramework | undefined {
  try {
    const cache = readFileSync(FRAMEWORK_CACHE);
    const lineEnd = cache.indexOf(0x0a);
    const length = Number(cache.toString('latin1', 0, lineEnd));
    const source = cache.subarray(lineEnd + 1, lineEnd + 1 + length);
    if (!Number.isInteger(length) || !source.equals(readFileSync(DEFAULT_FRAMEWORK))) return undefined;
    return JSON.parse(cache.toString('utf8', lineEnd + 1 + length)) as LoadedFramework;
  } catch {
    return undefined; // no cache, or no framework file: the plain path says what is wrong
  }
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
  const source = readFileSync(DEFAULT_FRAMEWORK);
  return Buffer.concat([Buffer.from(`${source.length}\n`, 'latin1'), source, Buffer.from(json, 'utf8')]);
}
