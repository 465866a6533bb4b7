// The hub's manifest (hub-manifest.json): which files of a site copro wrote, with each file's
// content hash. It is also how copro knows a folder is its own site, so it is recognised by its
// content, never by its name: a folder holding someone's index.html beside another tool's
// hub-manifest.json (or a damaged one) must never be taken for a copro site and replaced.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

export const SITE_MANIFEST = 'hub-manifest.json';
/**
 * 2 adds `entries`, a hash of the manifest's own list of files, which only copro writes. Version 1
 * (copro before it) had none; such a manifest is still taken when it reads exactly as copro wrote it.
 */
const MANIFEST_VERSION = 2;
const SHA256 = /^[0-9a-f]{64}$/;
/** The page every hub has: one the manifest does not list is someone else's. */
const INDEX = 'index.html';

export interface Manifest {
  generator: 'copro';
  version: number;
  /** Site-relative path (with forward slashes) → sha256 of its content, hex. */
  files: Record<string, string>;
  /** sha256 of the list of files above, as entriesHash works it out (version 2 on). */
  entries?: string;
}

export const hashOf = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** A hash of the list itself, independent of the order keys come back from JSON.parse. */
function entriesHash(files: Record<string, string>): string {
  const lines = Object.keys(files)
    .sort()
    .map((path) => `${path}\0${files[path]}\n`);
  return hashOf(lines.join(''));
}

export function manifestText(files: Record<string, string>): string {
  const manifest: Manifest = { generator: 'copro', version: MANIFEST_VERSION, files, entries: entriesHash(files) };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

function isFileList(files: unknown): files is Record<string, string> {
  if (!files || typeof files !== 'object' || Array.isArray(files)) return false;
  return Object.values(files).every((hash) => typeof hash === 'string' && SHA256.test(hash));
}

/** The manifest in `text` when copro wrote it, else undefined. */
function parseManifest(text: string): Manifest | undefined {
  let parsed: Partial<Manifest>;
  try {
    parsed = JSON.parse(text) as Partial<Manifest>;
  } catch {
    return undefined;
  }
  if (parsed?.generator !== 'copro' || !isFileList(parsed.files)) return undefined;
  const files = parsed.files;
  if (parsed.version === 1) {
    // No hash then: it must read exactly as that copro wrote it, keys in its order, and list
    // something (copro never wrote an empty site).
    const v1 = `${JSON.stringify({ generator: 'copro', version: 1, files }, null, 1)}\n`;
    return text === v1 && Object.keys(files).length > 0 ? { generator: 'copro', version: 1, files } : undefined;
  }
  if (typeof parsed.version !== 'number' || parsed.entries !== entriesHash(files)) return undefined;
  return { generator: 'copro', version: parsed.version, files, entries: parsed.entries };
}

const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * The manifest of the copro site in `folder`; undefined for an empty folder. Refuses, touching
 * nothing, a folder with files when the manifest is missing, is not copro's, or leaves out the
 * index.html that is there (someone's own page, which the hub's would replace).
 */
export function ownSiteManifest(folder: string, entries: readonly string[]): Manifest | undefined {
  const file = join(folder, SITE_MANIFEST);
  if (!exists(file)) {
    if (entries.length === 0) return undefined;
    throw new UsageError(
      `${folder} already holds files that copro did not write (it has no ${SITE_MANIFEST}). Choose a new or empty folder, so that nothing of yours is replaced.`,
    );
  }
  const manifest = lstatSync(file).isFile() ? parseManifest(readFileSync(file, 'utf8')) : undefined;
  if (!manifest)
    throw new UsageError(
      `${folder} already holds files that copro did not write (its ${SITE_MANIFEST} is not one copro wrote). Choose a new or empty folder, so that nothing of yours is replaced.`,
    );
  return manifest;
}

/** Refuses an index.html in a copro site that its manifest does not list: someone put their own there. */
export function refuseForeignIndex(folder: string, manifest: Manifest): void {
  if (INDEX in manifest.files || !exists(join(folder, INDEX))) return;
  throw new UsageError(
    `${folder} holds an ${INDEX} that copro did not write (its ${SITE_MANIFEST} does not list it), and the hub's own ${INDEX} would replace it. Move it elsewhere, or choose a new or empty folder.`,
  );
}
