// Where a report goes: standard output, or a file written through a temporary file and renamed
// into place only when complete, so an interrupted or failed run never leaves half a report
// where the previous one was. Writes are synchronous (as process.stdout's are on Linux for files
// and pipes), so a streamed report never piles up in memory, and each is carried through to its
// last byte: a short write (a full disk) is continued, and a failed one is an error, never a
// silently shortened report. A device or a named pipe (/dev/null, /dev/stderr, a FIFO) is not a
// file to replace: it is written straight through.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname } from 'node:path';
import { isatty } from 'node:tty';
import { descriptorProblem } from './descriptor-check.js';
import { describeFsError } from './fs-errors.js';
import { keepModeAndOwner } from './keep-mode.js';
import { ownDescriptor, realPathOf } from './real-path.js';
import { markReaderGone, readerGone } from './reader-gone.js';
import { temporaryPathFor } from './temporary-path.js';

export interface TextOutput {
  /** A name for messages: the file, or "standard output". */
  readonly name: string;
  /** True for standard output, the only place colour can ever be wanted. */
  readonly isStdout: boolean;
  write(text: string): void;
  /** Write UTF-8 bytes as they are (a spooled report copied back), where the output can. */
  writeBytes?(bytes: Uint8Array): void;
  /** Stop writing (for a file: close it), without yet putting it in place. */
  finish(): void;
  /** Make the output final (for a file: rename it into place); finishes it first if need be. */
  close(): void;
  /** Give up: remove any temporary file; the previous file, if any, stays as it was. */
  abort(): void;
}

const open = new Set<TextOutput>();

/**
 * `bytes` from `start` to the end, or an error: writeSync may write less than asked (a disk filling
 * up), so the rest is written again. With `stopWhenBlocked`, a descriptor that would block
 * (EAGAIN) stops it: it returns how far it got.
 */
function writeFrom(fd: number, bytes: Uint8Array, start = 0, stopWhenBlocked = false): number {
  let written = start;
  while (written < bytes.length) {
    let wrote: number;
    try {
      wrote = writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      if (stopWhenBlocked && (error as NodeJS.ErrnoException).code === 'EAGAIN') return written;
      throw error;
    }
    // No progress at all is a full disk that did not say so: an error, not a loop.
    if (wrote === 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    written += wrote;
  }
  return written;
}

/** Every byte, or an error. */
export function writeAll(fd: number, data: string | Uint8Array): void {
  if (typeof data !== 'string') return void writeFrom(fd, data);
  // Text is handed to writeSync as it is (Node encodes it without a buffer on the heap); only a
  // short write, which is rare, makes it encode the text to carry on from where it stopped.
  const written = writeSync(fd, data);
  if (written !== Buffer.byteLength(data)) writeFrom(fd, Buffer.from(data), written);
}

/**
 * Standard output. When it is a file, a device or a pipe, copro writes the descriptor itself, to
 * the end: Node would write each piece to a file once and ignore a short write, and making
 * process.stdout for a pipe loads Node's stream and network code, a few milliseconds of every
 * one-file run. A pipe whose reader has gone (`copro … | head`) takes nothing more, and the run
 * carries on to its exit code (see reader-gone.ts); one that cannot take more at once (set non-blocking by another program)
 * hands the rest to process.stdout, which waits. Terminals go through process.stdout.
 */
export function stdoutOutput(): TextOutput {
  const info = (() => {
    try {
      return fstatSync(1);
    } catch {
      return undefined;
    }
  })();
  const direct = Boolean(info && (info.isFile() || info.isFIFO() || (info.isCharacterDevice() && !isatty(1))));
  let viaStream = !direct;
  const write = (data: string | Uint8Array) => {
    if (readerGone('stdout')) return;
    // A copy of bytes for the stream: it may hold on to them, and the caller reuses its buffer.
    if (viaStream) return void process.stdout.write(typeof data === 'string' ? data : Buffer.from(data));
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written: number;
    try {
      written = writeFrom(1, bytes, 0, true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      return markReaderGone('stdout');
    }
    if (written === bytes.length) return;
    viaStream = true;
    process.stdout.write(Buffer.from(bytes.subarray(written)));
  };
  return {
    name: 'standard output',
    isStdout: true,
    write,
    writeBytes: write,
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
  };
}

/** A plain refusal, in words (no system error code to explain). */
const refusal = (message: string) => new Error(message);

/**
 * A device, a named pipe, or one of copro's own descriptors (/dev/stderr): opened for writing as it
 * is, never truncated, replaced or renamed over. A FIFO that no program reads is refused rather
 * than waited on; a socket is refused.
 */
function straightThroughOutput(file: string, info: Stats | undefined): TextOutput {
  const own = ownDescriptor(file);
  if (own !== undefined) return descriptorOutput(file, own);
  if (info && !info.isFIFO() && !info.isCharacterDevice() && !info.isBlockDevice())
    throw refusal('this is not a file, a device or a named pipe copro can write a report to');
  let fd: number;
  if (info?.isFIFO()) {
    let probe: number;
    try {
      probe = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENXIO')
        throw refusal('this is a named pipe (FIFO) that no program is reading from');
      throw error;
    }
    // A reader is there, so this open returns at once; its writes wait for the reader, as a shell's would.
    try {
      fd = openSync(file, constants.O_WRONLY);
    } finally {
      closeSync(probe);
    }
  } else {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND);
  }
  let closed = false;
  const closeOnce = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
  };
  return {
    name: file,
    isStdout: false,
    write: (text) => writeAll(fd, text),
    writeBytes: (bytes) => writeAll(fd, bytes),
    finish: closeOnce,
    close: closeOnce,
    abort: () => {
      try {
        closeOnce();
      } catch {
        // already closed
      }
    },
  };
}

/** One of copro's own descriptors (/dev/stderr): written to, left open. */
function descriptorOutput(file: string, fd: number): TextOutput {
  if (fd === 0) throw refusal('this is standard input, which copro reads from, not a place for a report');
  return {
    name: file,
    isStdout: false,
    write: (text) => writeAll(fd, text),
    writeBytes: (bytes) => writeAll(fd, bytes),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
  };
}

/** Why no temporary file could be made beside the target, in words: the folder, not the file, is the problem. */
function noTemporaryFile(target: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') return error as Error;
  return refusal(
    `copro writes a report to a temporary file beside it and renames it into place, so that a failed run never leaves half a report, ` +
      `and it cannot create files in ${dirname(target)} (${describeFsError(error, 'write')}): make that folder writable, or write the report in another folder`,
  );
}

export function fileOutput(file: string): TextOutput {
  const problem = descriptorProblem(file);
  if (problem) throw refusal(problem);
  const info = statSync(file, { throwIfNoEntry: false });
  if (ownDescriptor(file) !== undefined || (info && !info.isFile() && !info.isDirectory()))
    return straightThroughOutput(file, info);
  // Through a link, the file it points to is replaced, and the link stays a link.
  const target = lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() && info ? realPathOf(file) : file;
  const temporary = temporaryPathFor(target);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o666);
  } catch (error) {
    throw noTemporaryFile(target, error);
  }
  if (info) keepModeAndOwner(fd, info);
  let done = false;
  let finished = false;
  const output: TextOutput = {
    name: file,
    isStdout: false,
    write(text) {
      writeAll(fd, text);
    },
    writeBytes(bytes) {
      writeAll(fd, bytes);
    },
    finish() {
      if (finished) return;
      closeSync(fd);
      finished = true;
      // The one likely reason for the rename to fail, checked now, while nothing has been replaced.
      if (statSync(target, { throwIfNoEntry: false })?.isDirectory())
        throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    },
    close() {
      if (done) return;
      try {
        output.finish();
        renameSync(temporary, target);
      } catch (error) {
        output.abort(); // e.g. the name is a folder: the temporary file must not stay behind
        throw error;
      }
      done = true;
      open.delete(output);
    },
    abort() {
      if (done) return;
      done = true;
      open.delete(output);
      if (!finished) {
        try {
          closeSync(fd);
        } catch {
          // already closed
        }
      }
      try {
        unlinkSync(temporary);
      } catch {
        // already gone
      }
    },
  };
  open.add(output);
  return output;
}

/**
 * Make several outputs final together: every one is finished before any is renamed into place,
 * and if any fails, all are given up, so a failed run replaces none of the previous files.
 */
export function closeAll(outputs: readonly TextOutput[]): void {
  try {
    for (const output of outputs) output.finish();
    for (const output of outputs) output.close();
  } catch (error) {
    for (const output of outputs) output.abort();
    throw error;
  }
}

/** Remove every unfinished temporary file: on Ctrl-C, or when the run fails. */
export function abortOpenOutputs(): void {
  for (const output of [...open]) output.abort();
}
