// Reads a file's bytes without ever holding more than the size limit: a regular file that is
// too big is refused from its size alone, before any of it is read; anything else (a device
// such as /dev/zero, a pipe, a file still growing) is read only up to the limit.
import { open } from 'node:fs/promises';
import { describeFsError } from './fs-errors.js';
import { sizeWords } from './limits.js';

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

const CHUNK = 64 * 1024;

export function tooBigMessage(what: 'file' | 'input', maxBytes: number, size?: number): string {
  const actual = size === undefined ? `${what === 'file' ? 'the file' : 'the input'} is larger than` : `the ${what} is ${sizeWords(size)}, more than`;
  return `${actual} the ${sizeWords(maxBytes)} copro reads (set COPRO_MAX_FILE_MB to allow more)`;
}

export async function readCapped(file: string, maxBytes: number): Promise<BytesResult> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file' };
    if (info.isFile() && info.size > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes, info.size) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes) };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
