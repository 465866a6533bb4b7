// Writes a static site (the hub) atomically and incrementally. The new site is built in a folder
// beside the target and swapped in only when complete, so a failed build leaves the previous site
// as it was. A manifest in the site (hub-manifest.json) keeps each file's content hash: a file
// whose content is unchanged is carried over from the previous site as a hard link (same file,
// same modification time), so a rebuild writes only what changed, and files of removed projects
// are simply not carried over. Files in the site that copro did not write are carried over too.
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { UsageError } from './usage-error.js';

export const SITE_MANIFEST = 'hub-manifest.json';
const MANIFEST_VERSION = 1;

interface Manifest {
  generator: 'copro';
  version: typeof MANIFEST_VERSION;
  /** Site-relative path (with forward slashes) → sha256 of its content, hex. */
  files: Record<string, string>;
}

export interface SiteChanges {
  /** Files whose content is new or different, site-relative. */
  written: string[];
  /** Files of the previous site that the new one no longer has. */
  removed: string[];
  unchanged: number;
  /** Files copro did not write, carried over as they were. */
  kept: string[];
}

const hashOf = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

function readManifest(target: string): Manifest | undefined {
  const file = join(target, SITE_MANIFEST);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (parsed.generator === 'copro' && parsed.files && typeof parsed.files === 'object') return parsed;
  } catch {
    // A damaged manifest: the previous site is taken as copro's, and every file is written again.
  }
  return { generator: 'copro', version: MANIFEST_VERSION, files: {} };
}

/** Every file under `folder`, site-relative with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The previous site's manifest, after checking that the target is a folder copro may replace. */
function previousSite(target: string): Manifest | undefined {
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory())
    throw new UsageError(`${target} is a file, not a folder: give a folder for the site`);
  const manifest = readManifest(target);
  if (!manifest && readdirSync(target).length > 0) {
    throw new UsageError(
      `${target} already holds files that copro did not write (it has no ${SITE_MANIFEST}). Choose a new or empty folder, so that nothing of yours is replaced.`,
    );
  }
  return manifest;
}

export class SiteWriter {
  private readonly building: string;
  private readonly previous: Manifest | undefined;
  private readonly files: Record<string, string> = {};
  private readonly folders = new Set<string>();
  private readonly written: string[] = [];
  private unchanged = 0;

  constructor(private readonly target: string) {
    this.previous = previousSite(target);
    this.building = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.building`,
    );
    mkdirSync(this.building, { recursive: true });
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
    if (this.previous?.files[path] === hash && this.carryOver(path, hash, destination)) {
      this.unchanged++;
      return;
    }
    writeFileSync(destination, content);
    this.written.push(path);
  }

  /** Puts the new site in the place of the old one; returns what changed. */
  commit(): SiteChanges {
    const kept = this.keepForeignFiles();
    const manifest: Manifest = { generator: 'copro', version: MANIFEST_VERSION, files: this.files };
    const text = `${JSON.stringify(manifest, null, 1)}\n`;
    // An unchanged site is left entirely untouched, its manifest too.
    if (!this.carryOver(SITE_MANIFEST, hashOf(text), join(this.building, SITE_MANIFEST)))
      writeFileSync(join(this.building, SITE_MANIFEST), text);
    this.swap();
    process.off('exit', this.cleanUp);
    const removed = Object.keys(this.previous?.files ?? {}).filter((path) => !(path in this.files));
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

  /** The previous file, if it still holds what the manifest says, linked (or copied) into the new site. */
  private carryOver(path: string, hash: string, destination: string): boolean {
    const old = join(this.target, ...path.split('/'));
    if (!existsSync(old) || hashOf(readFileSync(old)) !== hash) return false;
    try {
      linkSync(old, destination);
    } catch {
      copyFileSync(old, destination);
      const { atime, mtime } = statSync(old);
      utimesSync(destination, atime, mtime);
    }
    return true;
  }

  /** Files someone added to the site by hand (a CNAME, a logo) stay. */
  private keepForeignFiles(): string[] {
    if (!this.previous) return [];
    const foreign = filesUnder(this.target).filter(
      (path) => path !== SITE_MANIFEST && !(path in this.previous!.files) && !(path in this.files),
    );
    for (const path of foreign) {
      const destination = this.place(path);
      try {
        linkSync(join(this.target, ...path.split('/')), destination);
      } catch {
        copyFileSync(join(this.target, ...path.split('/')), destination);
      }
    }
    return foreign;
  }

  private swap(): void {
    if (!existsSync(this.target)) {
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
