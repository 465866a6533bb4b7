// A cheap test of whether a hub would come out the same: a fingerprint of everything its pages are
// made from (the project files' paths and bytes, the framework's hash, copro's own build, the
// site's options and the read limits), kept in the site as hub-fingerprint.txt. When a rebuild's
// fingerprint is the one the site holds, and every file of the site still holds what its manifest
// says, nothing is read, scored or rendered: the site is left as it is. Any difference (an edited,
// added or removed file, another copro, another title) and the hub is built as usual. A site built
// with a file that could not be scored has no fingerprint, so its problems are reported again.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-paths.js';
import { hashOf } from './site-manifest.js';
import { SITE_MANIFEST, siteFolderTidied } from './site-writer.js';
import { entriesUnder } from './site-tree.js';

export const SITE_FINGERPRINT = 'hub-fingerprint.txt';

/** What copro itself is: its bundle's bytes (a rebuilt copro may render differently under the same version). */
function coproBuild(version: string): string {
  const bundle = join(PACKAGE_ROOT, 'dist', 'bundle', 'copro.cjs');
  return existsSync(bundle) ? createHash('sha256').update(readFileSync(bundle)).digest('hex') : version;
}

/**
 * The fingerprint of a build from `files` (as found, in order) with `settings` (everything else the
 * pages depend on, as text); undefined when an input cannot be fingerprinted without reading it as
 * a stream (standard input, a pipe, a device) or is over the size limit (the build reports it).
 */
export function buildFingerprint(
  version: string,
  settings: readonly string[],
  files: readonly string[],
  maxFileBytes: number,
): string | undefined {
  const hash = createHash('sha256');
  for (const part of [coproBuild(version), ...settings]) hash.update(`${part}\0`);
  for (const file of files) {
    let info;
    try {
      info = statSync(file);
    } catch {
      return undefined;
    }
    if (!info.isFile() || info.size > maxFileBytes) return undefined;
    hash.update(`${file}\0${info.size}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * When the site at `target` was built from the same fingerprint and is intact: how many files it
 * has, and how many entries of someone's own it holds beside them (as the site writer counts them).
 * Otherwise undefined. The folder is checked and tidied first, as a build would.
 */
export function unchangedSite(target: string, fingerprint: string): { files: number; kept: number } | undefined {
  const folder = siteFolderTidied(target);
  try {
    if (readFileSync(join(folder, SITE_FINGERPRINT), 'utf8') !== `${fingerprint}\n`) return undefined;
    const manifest = JSON.parse(readFileSync(join(folder, SITE_MANIFEST), 'utf8')) as {
      files?: Record<string, string>;
    };
    const files = Object.entries(manifest.files ?? {});
    for (const [path, hash] of files) {
      const file = join(folder, ...path.split('/'));
      // A link or a pipe in place of a page is never read (it may never end): the site is built again.
      if (!lstatSync(file).isFile() || hashOf(readFileSync(file)) !== hash) return undefined;
    }
    const ours = new Set([SITE_MANIFEST, ...files.map(([path]) => path)]);
    const kept = entriesUnder(folder).filter(
      (entry) => !ours.has(entry.path) && (entry.kind !== 'folder' || entry.empty),
    ).length;
    return { files: files.length, kept };
  } catch {
    return undefined;
  }
}
