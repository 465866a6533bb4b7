// The project file `copro validate --fix` may rewrite in place, read once: only a regular file,
// reached through any links (the file a link leads to is replaced and the link stays, as for
// `-o`). A named pipe, a device or <(command) has no text to put back; it is refused in words
// from its kind alone, never opened, so it cannot hold copro up.
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';

export type Fixable =
  | { ok: true; real: string; text: string }
  | { ok: false; message: string }
  /** Not readable, or too big: checking the file says why. */
  | undefined;

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

const notRegular = (stats: Stats) =>
  `not fixed: this is ${kindOf(stats)}, not a regular file, so copro cannot rewrite it in place. Save its text as a .yaml file and fix that.`;

export function readFixable(file: string, maxBytes: number): Fixable {
  let real: string;
  let stats: Stats;
  try {
    stats = statSync(file);
    if (!stats.isFile()) return { ok: false, message: notRegular(stats) };
    real = realpathSync(file);
  } catch {
    return undefined;
  }
  let fd: number;
  try {
    // Without blocking, and checked again once open: it may have been swapped for a pipe since.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, message: notRegular(opened) };
    if (opened.size > maxBytes) return undefined;
    return { ok: true, real, text: readFileSync(fd, 'utf8') };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
