// Reads a file's bytes without ever holding more than the size limit: a regular file that is
// too big is refused from its size alone, before any of it is read; anything else (a device
// such as /dev/zero, a pipe, a file still growing) is read only up to the limit.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { descriptorProblem } from './descriptor-check.js';
import { describeFsError } from './fs-errors.js';
import { sizeWords } from './limits.js';

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

const CHUNK = 64 * 1024;

export function tooBigMessage(what: 'file' | 'input', maxBytes: number, size?: number): string {
  const actual =
    size === undefined
      ? `${what === 'file' ? 'the file' : 'the input'} is larger than`
      : `the ${what} is ${sizeWords(size)}, more than`;
  return `${actual} the ${sizeWords(maxBytes)} copro reads (set COPRO_MAX_FILE_MB to allow more)`;
}

/** How long a named pipe (FIFO) with nobody writing to it is waited on before copro gives up on it. */
const PIPE_WAIT_MS = 10_000;
/** How often a pipe or device with nothing to read yet is looked at again. */
const POLL_MS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a regular file to the end, synchronously: a batch reads thousands, and each asynchronous call is a round trip through the thread pool. */
function readRegular(fd: number, size: number, maxBytes: number): BytesResult {
  if (size > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes, size) };
  // Room for one byte more than the file had, to see whether it has grown since.
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
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
}

/**
 * A pipe or device (/dev/zero, a FIFO, <(command)), read up to the limit from a descriptor opened
 * without blocking: when there is nothing to read yet, copro waits on a timer, never inside a
 * read, so Ctrl-C and SIGTERM always work. A FIFO that nobody has opened for writing reads as
 * "nothing yet"; after PIPE_WAIT_MS of that it is refused rather than waited on for ever.
 */
async function readStream(fd: number, isPipe: boolean, maxBytes: number): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  const giveUpAt = Date.now() + PIPE_WAIT_MS;
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = readSync(fd, buffer, 0, CHUNK, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await pause(POLL_MS); // a writer is there, but has written nothing more yet
      continue;
    }
    if (read === 0 && isPipe && total === 0) {
      if (Date.now() > giveUpAt)
        return {
          ok: false,
          message: `this is a named pipe (FIFO) and nothing was written to it within ${PIPE_WAIT_MS / 1000} seconds`,
        };
      await pause(POLL_MS); // no writer yet: one may still open it
      continue;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes) return { ok: false, message: tooBigMessage('file', maxBytes) };
    chunks.push(buffer.subarray(0, read));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Any file, never holding more than the limit. Opened without blocking, so that a named pipe
 * cannot hold this thread (and Ctrl-C) up, at the open or at any read.
 */
export async function readCapped(file: string, maxBytes: number): Promise<BytesResult> {
  const problem = descriptorProblem(file, 'read');
  if (problem) return { ok: false, message: problem };
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file' };
    if (info.isSocket()) return { ok: false, message: 'this is a socket, not a file copro can read' };
    if (info.isFile()) return readRegular(fd, info.size, maxBytes);
    return await readStream(fd, info.isFIFO(), maxBytes);
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}
