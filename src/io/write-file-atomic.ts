// Writes a whole file at once: the text goes to a temporary file beside it, which then takes the
// final name in one step, so nobody ever sees half a file. Unless told to replace, it never
// overwrites: a file that appeared in the meantime is left exactly as it was.
import { closeSync, linkSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { keepModeAndOwner } from './keep-mode.js';
import { temporaryPathFor } from './temporary-path.js';

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/** True when anything (a file, a folder, even a broken link) already has this name. */
export function nameTaken(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Hard-link the finished temporary file to its name: fails with EEXIST rather than replace. */
function claimName(temporary: string, file: string): void {
  try {
    linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(file);
    // Some file systems (FAT, some network shares) have no hard links: fall back on a rename,
    // which replaces, after making sure nothing is there now.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (nameTaken(file)) throw new FileExistsError(file);
    renameSync(temporary, file);
  }
}

export function writeFileAtomic(file: string, text: string, { replace = false }: { replace?: boolean } = {}): void {
  const temporary = temporaryPathFor(file);
  const fd = openSync(temporary, 'wx');
  try {
    // A file replaced (init --force, validate --fix) keeps its mode and owner.
    const previous = replace ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (previous?.isFile()) keepModeAndOwner(fd, previous);
    writeFileSync(fd, text);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    if (replace) renameSync(temporary, file);
    else claimName(temporary, file);
  } finally {
    removeQuietly(temporary);
  }
}
