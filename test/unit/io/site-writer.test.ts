// The hub's site writer: built beside the target and swapped in whole; unchanged files carried
// over untouched (same inode); files of the previous site that are gone are removed; files that
// copro did not write are kept; a folder copro did not make is never replaced.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITE_MANIFEST, SiteWriter } from '../../../src/io/site-writer.js';
import { UsageError } from '../../../src/io/usage-error.js';
import { tempDir, type TempDir } from '../../helpers.js';

let dir: TempDir;
let site: string;
beforeEach(() => {
  dir = tempDir();
  site = join(dir.path, 'site');
});
afterEach(() => dir.remove());

function build(files: Record<string, string>) {
  const writer = new SiteWriter(site);
  for (const [path, content] of Object.entries(files)) writer.put(path, content);
  return writer.commit();
}

const inode = (path: string) => statSync(join(site, path)).ino;
/** Only the site is left beside the target: no folder being built, no old site. */
const besideSite = () => readdirSync(dir.path);

describe('SiteWriter', () => {
  it('writes a new site with its manifest, and nothing else beside it', () => {
    const changes = build({ 'index.html': 'home', 'projects/a.html': 'A' });
    expect(changes).toEqual({ written: ['index.html', 'projects/a.html'], removed: [], unchanged: 0, kept: [] });
    expect(readFileSync(join(site, 'projects/a.html'), 'utf8')).toBe('A');
    expect(JSON.parse(readFileSync(join(site, SITE_MANIFEST), 'utf8')).files).toHaveProperty(['projects/a.html']);
    expect(besideSite()).toEqual(['site']);
  });

  it('rewrites only what changed, and removes files the new site no longer has', () => {
    build({ 'index.html': 'home', 'projects/a.html': 'A', 'projects/b.html': 'B' });
    const before = inode('projects/a.html');
    const changes = build({ 'index.html': 'home, edited', 'projects/a.html': 'A', 'projects/c.html': 'C' });
    expect(changes.written).toEqual(['index.html', 'projects/c.html']);
    expect(changes.removed).toEqual(['projects/b.html']);
    expect(changes.unchanged).toBe(1);
    expect(inode('projects/a.html')).toBe(before);
    expect(existsSync(join(site, 'projects/b.html'))).toBe(false);
    expect(besideSite()).toEqual(['site']);
  });

  it('writes a file again when the copy in the site was edited by hand', () => {
    build({ 'index.html': 'home' });
    writeFileSync(join(site, 'index.html'), 'edited by hand');
    expect(build({ 'index.html': 'home' }).written).toEqual(['index.html']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('home');
  });

  it('keeps files that someone added to the site', () => {
    build({ 'index.html': 'home' });
    writeFileSync(join(site, 'CNAME'), 'hub.example.org');
    mkdirSync(join(site, 'images'));
    writeFileSync(join(site, 'images', 'logo.svg'), '<svg/>');
    const changes = build({ 'index.html': 'home' });
    expect(changes.kept.sort()).toEqual(['CNAME', 'images/logo.svg']);
    expect(readFileSync(join(site, 'images', 'logo.svg'), 'utf8')).toBe('<svg/>');
  });

  it('leaves the previous site as it was when a build is abandoned', () => {
    build({ 'index.html': 'home' });
    const writer = new SiteWriter(site);
    writer.put('index.html', 'half-built');
    writer.abort();
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('home');
    expect(besideSite()).toEqual(['site']);
  });

  it('refuses a folder that holds files copro did not write, and touches nothing in it', () => {
    mkdirSync(site);
    writeFileSync(join(site, 'thesis.docx'), 'years of work');
    expect(() => new SiteWriter(site)).toThrow(UsageError);
    expect(() => new SiteWriter(site)).toThrow(/copro did not write.*new or empty folder/);
    expect(readdirSync(site)).toEqual(['thesis.docx']);
    expect(besideSite()).toEqual(['site']);
  });

  it('refuses a file where the folder should be', () => {
    writeFileSync(site, 'a file');
    expect(() => new SiteWriter(site)).toThrow(/is a file, not a folder/);
  });

  it('builds into an empty folder', () => {
    mkdirSync(site);
    expect(build({ 'index.html': 'home' }).written).toEqual(['index.html']);
  });
});

// Issue 23 H1: copro's own site is known by its manifest's content, never by its name alone.
describe('SiteWriter: whose folder it is (H1)', () => {
  const listOf = (folder: string) => readdirSync(folder).sort();

  function userFolder(manifest: string) {
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<h1>my own home page</h1>');
    writeFileSync(join(site, SITE_MANIFEST), manifest);
  }

  for (const [what, manifest] of [
    ["another tool's manifest", '{"name":"my-site","files":["index.html"]}\n'],
    ['a manifest that is not JSON', '{ not json'],
    ['a manifest naming copro but not written by it', '{"generator":"copro","version":1,"files":{}}\n'],
    [
      'a manifest naming copro, with a wrong hash of its entries',
      '{"generator":"copro","version":2,"files":{"index.html":"' +
        'a'.repeat(64) +
        '"},"entries":"' +
        'b'.repeat(64) +
        '"}\n',
    ],
  ] as const) {
    it(`refuses a folder with the user's index.html and ${what}, and touches nothing`, () => {
      userFolder(manifest);
      expect(() => new SiteWriter(site)).toThrow(UsageError);
      expect(() => new SiteWriter(site)).toThrow(/copro did not write/);
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<h1>my own home page</h1>');
      expect(readFileSync(join(site, SITE_MANIFEST), 'utf8')).toBe(manifest);
      expect(listOf(site)).toEqual(['hub-manifest.json', 'index.html']);
      expect(besideSite()).toEqual(['site']);
    });
  }

  it("refuses a copro site in which someone put their own index.html (not in copro's manifest)", () => {
    build({ 'projects/a.html': 'A' });
    writeFileSync(join(site, 'index.html'), 'mine');
    expect(() => new SiteWriter(site)).toThrow(/index\.html.*copro did not write/);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('mine');
  });

  it('rebuilds a site written by the copro of before (a version-1 manifest, without a hash)', () => {
    mkdirSync(join(site, 'projects'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'home');
    writeFileSync(join(site, 'projects/a.html'), 'A');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const v1 = { generator: 'copro', version: 1, files: { 'index.html': sha('home'), 'projects/a.html': sha('A') } };
    writeFileSync(join(site, SITE_MANIFEST), `${JSON.stringify(v1, null, 1)}\n`);
    const changes = build({ 'index.html': 'home, new', 'projects/a.html': 'A' });
    expect(changes).toEqual({ written: ['index.html'], removed: [], unchanged: 1, kept: [] });
    expect(JSON.parse(readFileSync(join(site, SITE_MANIFEST), 'utf8')).version).toBe(2);
  });

  it('rebuilds its own site (version 2) again and again', () => {
    build({ 'index.html': 'home' });
    expect(build({ 'index.html': 'home' }).unchanged).toBe(1);
    expect(build({ 'index.html': 'home 2' }).written).toEqual(['index.html']);
  });
});

// Issue 23 H2/H3: what the user added stays as it was: links as links, empty folders, folder modes.
describe('SiteWriter: what the user added (H2, H3)', () => {
  const modeOf = (path: string) => statSync(path).mode & 0o777;

  it('keeps a link, an empty folder and the modes of folders across a rebuild', () => {
    build({ 'index.html': 'home', 'projects/a.html': 'A' });
    symlinkSync('../elsewhere/logo.svg', join(site, 'logo.svg'));
    symlinkSync('/nowhere/at/all', join(site, 'dangling'));
    mkdirSync(join(site, 'empty'));
    mkdirSync(join(site, 'private'));
    writeFileSync(join(site, 'private', 'notes.txt'), 'mine');
    chmodSync(site, 0o750);
    chmodSync(join(site, 'private'), 0o700);
    chmodSync(join(site, 'projects'), 0o710);
    const changes = build({ 'index.html': 'home 2', 'projects/a.html': 'A' });
    expect(changes.kept.sort()).toEqual(['dangling', 'empty/', 'logo.svg', 'private/notes.txt']);
    expect(lstatSync(join(site, 'logo.svg')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(site, 'logo.svg'))).toBe('../elsewhere/logo.svg');
    expect(readlinkSync(join(site, 'dangling'))).toBe('/nowhere/at/all');
    expect(statSync(join(site, 'empty')).isDirectory()).toBe(true);
    expect(modeOf(site)).toBe(0o750);
    expect(modeOf(join(site, 'private'))).toBe(0o700);
    expect(modeOf(join(site, 'projects'))).toBe(0o710);
    expect(readFileSync(join(site, 'private', 'notes.txt'), 'utf8')).toBe('mine');
    expect(besideSite().sort()).toEqual(['site']);
  });

  it('builds through a link to the site folder, and keeps the link (H3)', () => {
    const www = join(dir.path, 'www');
    mkdirSync(www);
    symlinkSync('www', site);
    build({ 'index.html': 'home' });
    expect(lstatSync(site).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(www, 'index.html'), 'utf8')).toBe('home');
    build({ 'index.html': 'home 2' });
    expect(lstatSync(site).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(www, 'index.html'), 'utf8')).toBe('home 2');
    expect(besideSite().sort()).toEqual(['site', 'www']);
  });
});
