// What a previous site holds besides copro's own files, and how it is carried into the new one
// as it was: the user's files (hard-linked, never read), symbolic links as links (never followed:
// a link to /dev/zero or a named pipe would otherwise be read for ever), empty folders, and the
// mode of every folder (a 700 folder stays private). Only regular files are ever opened.
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface SiteEntry {
  /** Site-relative, with forward slashes; a folder's ends with "/". */
  path: string;
  kind: 'file' | 'link' | 'folder' | 'other';
  /** Permission bits. */
  mode: number;
  /** For a folder: it holds nothing. */
  empty?: boolean;
}

const osPath = (root: string, path: string) => join(root, ...path.split('/').filter(Boolean));

/** Everything under `folder`, without following links, folders before what they hold. */
export function entriesUnder(folder: string, prefix = ''): SiteEntry[] {
  const entries: SiteEntry[] = [];
  for (const dirent of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, dirent.name);
    const mode = lstatSync(full).mode & 0o7777;
    const path = prefix + dirent.name;
    if (dirent.isDirectory()) {
      const inside = entriesUnder(full, `${path}/`);
      entries.push({ path: `${path}/`, kind: 'folder', mode, empty: inside.length === 0 }, ...inside);
    } else if (dirent.isSymbolicLink()) entries.push({ path, kind: 'link', mode });
    else entries.push({ path, kind: dirent.isFile() ? 'file' : 'other', mode });
  }
  return entries;
}

const taken = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Puts `entry` of the site in `from` into `to`, as it is; false when it could not be (a pipe on a
 * file system without hard links), or when the new site already has something by that name.
 */
export function carryEntry(entry: SiteEntry, from: string, to: string): boolean {
  const source = osPath(from, entry.path);
  const destination = osPath(to, entry.path);
  if (taken(destination)) return false;
  mkdirSync(dirname(destination), { recursive: true });
  if (entry.kind === 'folder') {
    mkdirSync(destination, { mode: entry.mode });
    return true;
  }
  if (entry.kind === 'link') {
    symlinkSync(readlinkSync(source), destination);
    return true;
  }
  try {
    linkSync(source, destination); // never opens it: safe for a pipe or a device too
    return true;
  } catch {
    if (entry.kind !== 'file') return false;
  }
  copyFileSync(source, destination);
  const { atime, mtime } = lstatSync(source);
  utimesSync(destination, atime, mtime);
  return true;
}

/** Gives each folder of the new site the mode its namesake had in the previous one (the site's own last). */
export function keepFolderModes(previous: readonly SiteEntry[], rootMode: number, to: string): void {
  for (const entry of previous) {
    if (entry.kind !== 'folder') continue;
    const folder = osPath(to, entry.path);
    if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) chmodSync(folder, entry.mode);
  }
  chmodSync(to, rootMode);
}
