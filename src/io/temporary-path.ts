import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** A hidden name beside `file`, so the final rename stays on one file system. */
export function temporaryPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
