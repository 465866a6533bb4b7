// Text held back until the end of a run: in memory while small, then in a temporary file, so a
// large batch costs disk rather than memory.
import { closeSync, openSync, readSync, unlinkSync } from 'node:fs';
import { writeAll } from './text-output.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const IN_MEMORY_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;

export class Spool {
  private parts: (string | Uint8Array)[] = [];
  private size = 0;
  private file: { fd: number } | undefined;

  constructor(private readonly memoryLimit = IN_MEMORY_LIMIT) {}

  append(text: string | Uint8Array): void {
    if (this.file) {
      writeAll(this.file.fd, text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size > this.memoryLimit) this.moveToDisk();
  }

  /**
   * Hand every piece of text, in order, to `write`, then forget it. Given `writeBytes`, text that
   * went to disk comes back as the UTF-8 bytes it was stored as: a large report is copied, not
   * decoded and encoded again.
   */
  drainTo(write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void): void {
    if (!this.file) {
      const decoder = new TextDecoder('utf-8');
      for (const part of this.parts) {
        if (typeof part === 'string') write(part);
        else if (writeBytes) writeBytes(part);
        else write(decoder.decode(part));
      }
      this.parts = [];
      return;
    }
    const { fd } = this.file;
    const buffer = Buffer.alloc(CHUNK);
    const decoder = new TextDecoder('utf-8');
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, position);
      if (read === 0) break;
      position += read;
      if (writeBytes) writeBytes(buffer.subarray(0, read));
      else write(decoder.decode(buffer.subarray(0, read), { stream: true }));
    }
    const rest = decoder.decode();
    if (rest) write(rest);
    closeSync(fd);
    this.file = undefined;
  }

  private moveToDisk(): void {
    const path = join(tmpdir(), `copro-spool-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(path, 'wx+');
    // Removed from the folder at once: the open descriptor keeps it readable, and the space is
    // freed when it closes or the process ends, however the run ends.
    unlinkSync(path);
    for (const part of this.parts) writeAll(fd, part);
    this.parts = [];
    this.file = { fd };
  }
}
