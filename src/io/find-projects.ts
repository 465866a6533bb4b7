// Turns the paths on the command line into the list of project files to read: files as given,
// folders searched recursively for *.yaml / *.yml in a stable sorted order, "-" for stdin.
// Problems (a missing path, an unreadable folder, a link loop) are collected, not thrown, so
// the rest of a batch still runs. A file named twice (./a.yaml and a.yaml, or directly and through
// its folder) is scored once, under the first name given; a problem named twice is said once.
// Synchronous file-system calls: a batch walks thousands of entries, and each asynchronous call
// is a round trip through the thread pool.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InputError } from '../core/model/input-error.js';
import { descriptorProblem } from './descriptor-check.js';
import { describeFsError } from './fs-errors.js';
import { nearbyName } from './nearby-name.js';
import { suggestion } from '../core/shared/did-you-mean.js';
import { realPathOf } from './real-path.js';

export const STDIN = '-';
export const PROJECT_FILE = /\.ya?ml$/i;

/** Which files a folder is searched for, and what to say when it holds none. */
interface FileKind {
  pattern: RegExp;
  none: string;
}

const PROJECT_FILES: FileKind = {
  pattern: PROJECT_FILE,
  none: 'no project files (*.yaml or *.yml) were found in this folder',
};

export interface FoundProjects {
  files: string[];
  errors: InputError[];
  /** The real path of every folder searched. */
  folders: Set<string>;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What has been found so far, each file and each problem once. */
class Found {
  readonly files: string[] = [];
  readonly errors: InputError[] = [];
  readonly folders = new Set<string>();
  private readonly realFiles = new Set<string>();
  private readonly problems = new Set<string>();

  /** `real`: the file's resolved path, which tells the same file under two names. */
  file(path: string, real: string): void {
    if (this.realFiles.has(real)) return;
    this.realFiles.add(real);
    this.files.push(path);
  }

  error(file: string, message: string): void {
    const key = `${resolve(file)}\0${message}`; // resolved: ./a.yaml and a.yaml are one problem
    if (this.problems.has(key)) return;
    this.problems.add(key);
    this.errors.push({ file, message });
  }
}

/** Why `path` cannot be used, telling a link to nothing apart from a path that is not there. */
function describePathError(path: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) return 'this is a symbolic link to something that does not exist';
    return `${describeFsError(error)}${suggestion(nearbyName(path))}`;
  }
  return describeFsError(error);
}

export interface FindOptions {
  /** Follow symbolic links that lead out of the folder being searched (by default they are reported, not read). */
  followLinks?: boolean;
  /** Which files to look for (default: project files). */
  kind?: FileKind;
}

/** Where the search of one folder may go: inside `root` (a real path), or anywhere when links are followed. */
interface Search {
  root: string;
  followLinks: boolean;
  visited: Set<string>;
  pattern: RegExp;
}

const inside = (root: string, real: string) => real === root || real.startsWith(root.endsWith('/') ? root : `${root}/`);

/**
 * A link out of the folder is not followed unless asked: a project folder that links to
 * /etc/shadow or ~/.pgpass must not put lines of it into a published report's error list.
 */
const OUTSIDE =
  'this is a symbolic link to something outside the folder being searched, so copro did not read it (add --follow-links to read it)';

function walk(folder: string, found: Found, search: Search): number {
  const { visited } = search;
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    found.error(folder, describeFsError(error));
    return 0;
  }
  if (visited.has(real)) return 0; // a link back to a folder already searched: skip it, do not loop
  visited.add(real);
  found.folders.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  } catch (error) {
    found.error(folder, describeFsError(error));
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
      if (search.pattern.test(name)) found.error(path, describePathError(path, error));
      continue;
    }
    const looksLikeProject = info.isDirectory() || (info.isFile() && search.pattern.test(name));
    // Only a link needs resolving: any other entry's real path is its real folder's and its name.
    const target = entry.isSymbolicLink() && looksLikeProject ? realpathSync(path) : join(real, name);
    if (looksLikeProject && !search.followLinks && !inside(search.root, target)) {
      found.error(path, OUTSIDE);
      continue;
    }
    if (info.isDirectory()) count += walk(path, found, search);
    else if (looksLikeProject) {
      found.file(path, target);
      count++;
    }
  }
  return count;
}

export function findProjects(
  paths: string[],
  { followLinks = false, kind = PROJECT_FILES }: FindOptions = {},
): FoundProjects {
  const found = new Found();
  for (const path of paths) {
    if (path === STDIN) {
      found.file(STDIN, STDIN);
      continue;
    }
    const descriptor = descriptorProblem(path, 'read');
    if (descriptor) {
      found.error(path, descriptor);
      continue;
    }
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      found.error(path, describePathError(path, error));
      continue;
    }
    if (!info.isDirectory()) {
      // realPathOf, not realpathSync: a pipe handed over as /dev/fd/3 has no path to resolve to.
      found.file(path, realPathOf(path));
      continue;
    }
    let root: string;
    try {
      root = realpathSync(path);
    } catch (error) {
      found.error(path, describeFsError(error));
      continue;
    }
    const count = walk(path, found, { root, followLinks, visited: new Set(), pattern: kind.pattern });
    if (count === 0) found.error(path, kind.none);
  }
  return { files: found.files, errors: found.errors, folders: found.folders };
}
