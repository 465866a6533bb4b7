// Issue 23 (H1, H3, H4, H5, V5): `copro hub -o <folder>` replaces only a site it wrote, carries what
// people added without reading it (a named pipe or a link to /dev/zero cannot hold it up), cleans
// up after a run that was killed, and gives every word a page of its own. Small inputs (one
// project) keep the builds quick; the kill limits are hang guards, not timings.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from '../cli-process.js';
import { EXAMPLES, runCli, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const DUNDEE = join(EXAMPLES, 'dundee-decides.yaml');
afterAll(() => dir.remove());

/** The run, or SIGKILL after `guardMs` (a run that hangs reports signal SIGKILL). */
async function guarded(args: string[], guardMs = 30_000) {
  const started = startCli(args, { cwd: dir.path });
  const timer = setTimeout(() => started.child.kill('SIGKILL'), guardMs);
  const run = await started.done;
  clearTimeout(timer);
  return run;
}

describe('a folder copro did not make (H1)', () => {
  for (const [what, manifest] of [
    ["another tool's hub-manifest.json", '{"generator":"other-tool","files":{"index.html":"x"}}\n'],
    ['a hub-manifest.json that is not JSON', '{ oops'],
  ] as const) {
    it(`with the user's index.html and ${what}: refused, nothing replaced`, () => {
      const www = at(`mine-${what.length}`);
      mkdirSync(www);
      writeFileSync(join(www, 'index.html'), '<h1>Our own home page</h1>');
      writeFileSync(join(www, 'hub-manifest.json'), manifest);
      const run = runCli(['hub', DUNDEE, '-o', www]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /already holds files that copro did not write \(its hub-manifest\.json is not one copro wrote\)/,
      );
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(readFileSync(join(www, 'index.html'), 'utf8')).toBe('<h1>Our own home page</h1>');
      expect(readdirSync(www).sort()).toEqual(['hub-manifest.json', 'index.html']);
    });
  }

  it('builds its own site again, and again', () => {
    const site = at('own');
    expect(runCli(['hub', DUNDEE, '-o', site]).code).toBe(0);
    const again = runCli(['hub', DUNDEE, '-o', site]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/: 0 files written, \d+ unchanged\n$/);
  });
});

describe('a link as the site folder (H3)', () => {
  it('-o site, where site is a link to www: the link stays, www is updated', () => {
    mkdirSync(at('www'));
    symlinkSync('www', at('site-link'));
    const run = runCli(['hub', DUNDEE, '-o', at('site-link')]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(at('site-link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(at('site-link'))).toBe('www');
    expect(existsSync(at('www', 'index.html'))).toBe(true);
  });
});

describe('what cannot be read inside an existing site (H4)', () => {
  it('a named pipe and links to /dev/zero (one in place of a page) are carried as they are, never read', async () => {
    const site = at('piped');
    expect(runCli(['hub', DUNDEE, '-o', site]).code).toBe(0);
    execFileSync('mkfifo', [join(site, 'pipe')]);
    symlinkSync('/dev/zero', join(site, 'zero'));
    const page = readdirSync(join(site, 'projects'))[0]!;
    execFileSync('rm', [join(site, 'projects', page)]);
    symlinkSync('/dev/zero', join(site, 'projects', page));
    const run = await guarded(['hub', DUNDEE, '-o', site]);
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 files? written, \d+ unchanged, 2 of your own kept/);
    expect(lstatSync(join(site, 'pipe')).isFIFO()).toBe(true);
    expect(readlinkSync(join(site, 'zero'))).toBe('/dev/zero');
    expect(lstatSync(join(site, 'projects', page)).isFile()).toBe(true);
  });

  it('a half-built folder left by a run that was killed is removed by the next run', () => {
    const site = at('killed');
    expect(runCli(['hub', DUNDEE, '-o', site]).code).toBe(0);
    // A process id that has ended: a short-lived child's.
    const gone = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim());
    mkdirSync(at(`.killed.${gone}.0a1b2c3d.building`, 'projects'), { recursive: true });
    expect(runCli(['hub', DUNDEE, '-o', site]).code).toBe(0);
    expect(readdirSync(dir.path).filter((name) => name.startsWith('.killed'))).toEqual([]);
  });
});

describe('page names (H5)', () => {
  it('two term ids alike in their first 60 characters get two pages', () => {
    const long = 'a'.repeat(60);
    const framework = `extends: default\nterms:\n  - { id: ${long}-one, label: first long word, definition: one }\n  - { id: ${long}-two, label: second long word, definition: two }\n`;
    writeFileSync(at('long-terms.yaml'), framework);
    const site = at('long-site');
    const run = runCli(['hub', DUNDEE, '-o', site, '--framework', at('long-terms.yaml')]);
    expect(run.stderr).not.toMatch(/went wrong/);
    expect(run.code, run.stderr).toBe(0);
    const pages = readdirSync(join(site, 'terms')).filter((name) => name.startsWith('aaaa'));
    expect(pages).toHaveLength(2);
    const words = readFileSync(join(site, 'words.html'), 'utf8');
    for (const page of pages) expect(words).toContain(`terms/${page}`);
  });
});

describe('the folder you are in (V5)', () => {
  it('hub -o . is refused in words, not a bare EBUSY', () => {
    const here = at('here');
    mkdirSync(here);
    const run = runCli(['hub', DUNDEE, '-o', '.'], { cwd: here });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the folder you are in/);
    expect(run.stderr).not.toMatch(/EBUSY|went wrong/);
    expect(readdirSync(here)).toEqual([]);
  });
});
