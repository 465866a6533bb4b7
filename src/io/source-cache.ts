// A build-time cache of a file copro ships (the framework, the list of places): the data it was
// read into, kept with the exact bytes it was read from, and used only while the file still holds
// those bytes, so a file edited after the build is read the plain way. The cache is the length of
// those bytes on a line of its own, the bytes, then the data as JSON: comparing bytes costs less
// than hashing them, and less than decoding them from a JSON string.
import { readFileSync } from 'node:fs';

/** The data cached for `source` in `cache`, or undefined when there is no cache or it was made from other bytes. */
export function readSourceCache(cache: string, source: string): unknown {
  try {
    const entry = readFileSync(cache);
    const lineEnd = entry.indexOf(0x0a);
    const length = Number(entry.toString('latin1', 0, lineEnd));
    const bytes = entry.subarray(lineEnd + 1, lineEnd + 1 + length);
    if (!Number.isInteger(length) || !bytes.equals(readFileSync(source))) return undefined;
    return JSON.parse(entry.toString('utf8', lineEnd + 1 + length)) as unknown;
  } catch {
    return undefined; // no cache, or no source file: the plain path says what is wrong
  }
}

/** The cache entry for `source` read into `json` (its data as JSON), for the build to write. */
export function sourceCacheEntry(source: string, json: string): Buffer {
  const bytes = readFileSync(source);
  return Buffer.concat([Buffer.from(`${bytes.length}\n`, 'latin1'), bytes, Buffer.from(json, 'utf8')]);
}
