// Turns the paths on the command line into the list of project files to read: files as given,
// folders searched recursively for *.yaml / *.yml in a stable sorted order, "-" for stdin.
// Problems (a missing path, an unreadable folder, a link loop) are collected, not thrown, so
// the rest of a batch still runs.
// Synchronous file-system calls: a batch walks thousands of entries, and each asynchronous call
// is a round trip through the thread pool.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { InputError } from './input-error.js';
import { describeFsError } from './fs-errors.js';

export const STDIN = '-';
const PROJECT_FILE = /\.ya?ml$/i;

export interface FoundProjects {
  files: string[];
  errors: InputError[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Why `path` cannot be used, telling a link to nothing apart from a path that is not there. */
function describePathError(path: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) return 'this is a symbolic link to something that does not exist';
  }
  return describeFsError(error);
}

async function walk(folder: string, found: FoundProjects, visited: Set<string>): Promise<number> {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    found.errors.push({ file: folder, message: describeFsError(error) });
    return 0;
  }
  if (visited.has(real)) return 0; // a link back to a folder already searched: skip it, do not loop
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  } catch (error) {
    found.errors.push({ file: folder, message: describeFsError(error) });
    return 0;
  }
  let count = 0;
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    let info: Dirent | Stats = entry;
    try {
      // The folder listing says what most entries are; links (followed) and the odd file system
      // that does not say need a stat.
      if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory())) info = statSync(path);
    } catch (error) {
      // A dangling or looping link is worth a word only if it looks like a project file.
      if (PROJECT_FILE.test(name)) found.errors.push({ file: path, message: describePathError(path, error) });
      continue;
    }
    if (info.isDirectory()) count += await walk(path, found, visited);
    else if (info.isFile() && PROJECT_FILE.test(name)) {
      found.files.push(path);
      count++;
    }
  }
  return count;
}

export async function findProjects(paths: string[]): Promise<FoundProjects> {
  const found: FoundProjects = { files: [], errors: [] };
  for (const path of paths) {
    if (path === STDIN) {
      found.files.push(STDIN);
      continue;
    }
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      found.errors.push({ file: path, message: describePathError(path, error) });
      continue;
    }
    if (!info.isDirectory()) {
      found.files.push(path);
      continue;
    }
    const count = await walk(path, found, new Set());
    if (count === 0) found.errors.push({ file: path, message: 'no project files (*.yaml or *.yml) were found in this folder' });
  }
  // The same file named twice (directly and through its folder) is scored once.
  found.files = [...new Set(found.files)];
  return found;
}
