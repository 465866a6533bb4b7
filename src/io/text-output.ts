// Where a report goes: standard output, or a file written through a temporary file and renamed
// into place only when complete, so an interrupted or failed run never leaves half a report
// where the previous one was. Writes are synchronous (as process.stdout's are on Linux for files
// and pipes), so a streamed report never piles up in memory.
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

export function stdoutOutput(): TextOutput {
  return {
    name: 'standard output',
    isStdout: true,
    write: (text) => void process.stdout.write(text),
    // A copy: the stream may hold on to what it is given, and the caller reuses its buffer.
    writeBytes: (bytes) => void process.stdout.write(Buffer.from(bytes)),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
  };
}

export function fileOutput(file: string): TextOutput {
  const temporary = temporaryPathFor(file);
  const fd = openSync(temporary, 'wx');
  let done = false;
  let finished = false;
  const output: TextOutput = {
    name: file,
    isStdout: false,
    write(text) {
      writeSync(fd, text);
    },
    writeBytes(bytes) {
      // writeSync may write less than asked (a full disk, a signal): write the rest.
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    },
    finish() {
      if (finished) return;
      closeSync(fd);
      finished = true;
      // The one likely reason for the rename to fail, checked now, while nothing has been replaced.
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    },
    close() {
      if (done) return;
      try {
        output.finish();
        renameSync(temporary, file);
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
