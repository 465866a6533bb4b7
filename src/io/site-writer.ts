// Writes a static site (the hub) atomically and incrementally. The new site is built in a folder
// beside the target and swapped in only when complete, so a failed build leaves the previous site
// as it was. A manifest in the site (hub-manifest.json) keeps each file's content hash: a file
// whose content is unchanged is carried over from the previous site as a hard link (same file,
// same modification time), so a rebuild writes only what changed, and files of removed projects
// are simply not carried over. What copro did not write is carried over as it was (site-tree.ts);
// copro knows its own site by the manifest's content (site-manifest.ts).
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import {
  hashOf,
  manifestText,
  ownSiteManifest,
  refuseForeignIndex,
  SITE_MANIFEST,
  type Manifest,
} from './site-manifest.js';
import { carryEntry, entriesUnder, keepFolderModes, type SiteEntry } from './site-tree.js';
import { UsageError } from './usage-error.js';

export { SITE_MANIFEST } from './site-manifest.js';

export interface SiteChanges {
  /** Files whose content is new or different, site-relative. */
  written: string[];
  /** Files of the previous site that the new one no longer has. */
  removed: string[];
  unchanged: number;
  /** What copro did not write (files, links, empty folders ending in "/"), carried over as it was. */
  kept: string[];
}

/**
 * The folder the site goes in. A link to a folder stays a link: the site is built in the folder
 * it leads to (`-o site` with site → www updates www), as a report through a link replaces the file.
 */
function siteFolder(target: string): string {
  const stats = lstatSync(target, { throwIfNoEntry: false });
  let folder = target;
  if (stats?.isSymbolicLink()) {
    try {
      folder = realpathSync(target);
    } catch {
      throw new UsageError(`${target} is a link to a folder that is not there: make the folder, or give another`);
    }
  }
  // The site is swapped in whole: the folder a person is in would be pulled from under them.
  const here = realpathSync(process.cwd());
  const real = stats ? realpathSync(folder) : undefined;
  if (real && (here === real || here.startsWith(real + sep)))
    throw new UsageError(
      `the site folder ${target} is the folder you are in${here === real ? '' : ', or holds it'}: copro replaces the site folder whole on every build. Give the site a folder of its own (for example -o site), or run copro from the folder above.`,
    );
  return folder;
}

interface PreviousSite {
  manifest: Manifest;
  entries: SiteEntry[];
  mode: number;
}

/** The previous site, after checking that the target is a folder copro may replace. */
function previousSite(target: string): PreviousSite | undefined {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) throw new UsageError(`${target} is a file, not a folder: give a folder for the site`);
  const entries = entriesUnder(target);
  const manifest = ownSiteManifest(
    target,
    entries.map((entry) => entry.path),
  );
  if (!manifest) return undefined;
  refuseForeignIndex(target, manifest);
  return { manifest, entries, mode: stats.mode & 0o7777 };
}

/** A process still running with this id (one that ended leaves its half-built site to remove). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Folders left beside the site by a run that was killed (SIGKILL, a power cut) while building:
 * the half-built site goes; a previous site set aside just before the kill is put back.
 */
function removeLeftovers(target: string): void {
  const prefix = `.${basename(target)}.`;
  const folder = dirname(target);
  for (const entry of readdirSync(folder)) {
    const match = entry.startsWith(prefix) && /^(\d+)\.[0-9a-f]{8}\.building(\.old)?$/.exec(entry.slice(prefix.length));
    if (!match || running(Number(match[1]))) continue;
    if (match[2] && !lstatSync(target, { throwIfNoEntry: false })) renameSync(join(folder, entry), target);
    else rmSync(join(folder, entry), { recursive: true, force: true });
  }
}

/**
 * The folder a site at `target` is in, ready to be built or left as it is: refused in words where
 * copro may not replace it, and with what a killed run left beside it tidied away.
 */
export function siteFolderTidied(target: string): string {
  const folder = siteFolder(target);
  removeLeftovers(folder);
  return folder;
}

export class SiteWriter {
  private readonly target: string;
  private readonly building: string;
  private readonly previous: PreviousSite | undefined;
  private readonly files: Record<string, string> = {};
  private readonly folders = new Set<string>();
  private readonly written: string[] = [];
  private unchanged = 0;

  constructor(target: string) {
    this.target = siteFolderTidied(target);
    this.previous = previousSite(this.target);
    this.building = join(
      dirname(this.target),
      `.${basename(this.target)}.${process.pid}.${randomBytes(4).toString('hex')}.building`,
    );
    mkdirSync(this.building, { recursive: true });
    // A private site (700) is private while it is built, too.
    if (this.previous) chmodSync(this.building, this.previous.mode);
    process.once('exit', this.cleanUp);
  }

  /** An interrupted run (Ctrl-C ends the process) leaves no half-built folder behind. */
  private readonly cleanUp = () => rmSync(this.building, { recursive: true, force: true });

  /**
   * One file of the new site; `path` is site-relative, with forward slashes. `hash`: the content's
   * SHA-256 (hex), when the thread that rendered it has worked it out already.
   */
  put(path: string, content: string | Uint8Array, hash = hashOf(content)): void {
    if (path in this.files || path === SITE_MANIFEST) throw new Error(`the site has ${path} twice`);
    this.files[path] = hash;
    const destination = this.place(path);
    if (this.previous?.manifest.files[path] === hash && this.carryOver(path, hash, destination)) {
      this.unchanged++;
      return;
    }
    writeFileSync(destination, content);
    this.written.push(path);
  }

  /** Puts the new site in the place of the old one; returns what changed. */
  commit(): SiteChanges {
    const kept = this.keepForeignEntries();
    const text = manifestText(this.files);
    // An unchanged site is left entirely untouched, its manifest too.
    if (!this.carryOver(SITE_MANIFEST, hashOf(text), join(this.building, SITE_MANIFEST)))
      writeFileSync(join(this.building, SITE_MANIFEST), text);
    if (this.previous) keepFolderModes(this.previous.entries, this.previous.mode, this.building);
    this.swap();
    process.off('exit', this.cleanUp);
    const removed = Object.keys(this.previous?.manifest.files ?? {}).filter((path) => !(path in this.files));
    return { written: this.written, removed, unchanged: this.unchanged, kept };
  }

  /** Gives up: the folder being built goes, the previous site stays. */
  abort(): void {
    this.cleanUp();
    process.off('exit', this.cleanUp);
  }

  private place(path: string): string {
    const destination = join(this.building, ...path.split('/'));
    const folder = dirname(destination);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return destination;
  }

  /**
   * The previous file, if it is still a regular file holding what the manifest says, linked (or
   * copied) into the new site. Anything else by that name (a link, a pipe, a device) is never
   * opened: the file is written anew.
   */
  private carryOver(path: string, hash: string, destination: string): boolean {
    const old = join(this.target, ...path.split('/'));
    if (!lstatSync(old, { throwIfNoEntry: false })?.isFile() || hashOf(readFileSync(old)) !== hash) return false;
    try {
      linkSync(old, destination);
    } catch {
      copyFileSync(old, destination);
      const { atime, mtime } = statSync(old);
      utimesSync(destination, atime, mtime);
    }
    return true;
  }

  /**
   * What someone added to the site by hand (a CNAME, a logo, a link, an empty folder) stays as it
   * was. Folders that hold something are made as what they hold is carried, so only empty ones count.
   */
  private keepForeignEntries(): string[] {
    if (!this.previous) return [];
    const ours = this.previous.manifest.files;
    const kept: string[] = [];
    for (const entry of this.previous.entries) {
      if (entry.path === SITE_MANIFEST || entry.path in ours || entry.path in this.files) continue;
      if (entry.kind === 'folder' && !entry.empty) continue;
      if (carryEntry(entry, this.target, this.building)) kept.push(entry.path);
    }
    return kept;
  }

  private swap(): void {
    if (!lstatSync(this.target, { throwIfNoEntry: false })) {
      renameSync(this.building, this.target);
      return;
    }
    const old = `${this.building}.old`;
    renameSync(this.target, old);
    try {
      renameSync(this.building, this.target);
    } catch (error) {
      renameSync(old, this.target);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  }
}
