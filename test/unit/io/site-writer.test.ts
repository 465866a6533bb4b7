// The hub's site writer: built beside the target and swapped in whole; unchanged files carried
// over untouched (same inode); files of the previous site that are gone are removed; files that
// copro did not write are kept; a folder copro did not make is never replaced.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
