// The bundled framework, read, checked and hashed once at build time rather than at every start:
// parsing 60 kB of YAML and checking it cost more than all the rest of a one-file run. The cache
// (dist/default-framework.json) holds the text of criteria/framework.yaml it was made from and is
// used only while the file still reads exactly so: a framework edited after the build is read
// the plain way, as is every other framework. (Comparing the text costs less than hashing it.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LoadedFramework } from '../core/types.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { loadFramework, type FrameworkResult } from './load-framework.js';
import { DEFAULT_FRAMEWORK, PACKAGE_ROOT } from './package-paths.js';
import { readYamlFile } from './read-yaml.js';

export const FRAMEWORK_CACHE = join(PACKAGE_ROOT, 'dist', 'default-framework.json');

interface CacheEntry {
  /** The framework file the entry was made from, byte for byte (read as latin1: one character a byte). */
  source: string;
  framework: LoadedFramework;
}

function readCache(): LoadedFramework | undefined {
  try {
    const entry = JSON.parse(readFileSync(FRAMEWORK_CACHE, 'utf8')) as CacheEntry;
    return entry.source === readFileSync(DEFAULT_FRAMEWORK, 'latin1') ? entry.framework : undefined;
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
 */
export async function frameworkCacheEntry(): Promise<string | undefined> {
  const read = await readYamlFile(DEFAULT_FRAMEWORK);
  const loaded = await loadFramework();
  if (!read.ok || !loaded.ok) return undefined;
  if (typeof read.source.data === 'object' && read.source.data !== null && 'extends' in read.source.data)
    return undefined;
  const entry: CacheEntry = { source: readFileSync(DEFAULT_FRAMEWORK, 'latin1'), framework: loaded.framework };
  const text = JSON.stringify(entry);
  return isDeepStrictEqual((JSON.parse(text) as CacheEntry).framework, loaded.framework) ? text : undefined;
}
