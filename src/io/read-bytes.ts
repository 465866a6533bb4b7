// Reads a file's bytes without ever holding more than the size limit: a regular file that is
// too big is refused from its size alone, before any of it is read; anything else (a device
// such as /dev/zero, a pipe, a file still growing) is read only up to the limit.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError } from './fs-errors.js';
import { sizeWords } from './limits.js';

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

const CHUNK = 64 * 1024;

export function tooBigMessage(what: 'file' | 'input', maxBytes: number, size?: number): string {
  const actual = size === undefined ? `${what === 'file' ? 'the file' : 'the input'} is larger than` : `the ${what} is ${sizeWords(size)}, more than`;
  return `${actual} the ${sizeWords(maxBytes)} copro reads (set COPRO_MAX_FILE_MB to allow more)`;
}

/**
 * A regular file, read synchronously: a batch reads thousands, and each asynchronous call is a
 * round trip through the thread pool. Opened without blocking, so that a named pipe cannot hold
 * this thread (and Ctrl-C) up; undefined for anything but a regular file or a folder, which is
 * then read the careful way below.
 */
function readRegularFile(file: string, maxBytes: number): BytesResult | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file' };
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes, info.size) };
    // Room for one byte more than the file had, to see whether it has grown since.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes) };
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total))]);
      }
      const read = readSync(fd, buffer, total, buffer.length - total, total);
      if (read === 0) break;
      total += read;
    }
    if (total > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

export async function readCapped(file: string, maxBytes: number): Promise<BytesResult> {
  const regular = readRegularFile(file, maxBytes);
  if (regular) return regular;
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
