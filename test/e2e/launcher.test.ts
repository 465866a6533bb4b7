// bin/copro.js in a package whose build is missing or broken: a plain way out, not a stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
cpSync(join(ROOT, 'bin'), join(dir.path, 'bin'), { recursive: true });

const launch = () =>
  spawnSync(process.execPath, [join(dir.path, 'bin', 'copro.js'), 'assess', 'x.yaml'], { encoding: 'utf8' });

describe('the launcher without a usable build', () => {
  it('says how to build copro when dist/ is missing, and exits 2', () => {
    const run = launch();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `copro: copro is not built (dist/bundle/copro.cjs is missing): run \`npm run build\` (or \`npm install\`) in ${dir.path}\n`,
    );
  });

  it('says so too when the bundle is there but broken', () => {
    dir.write('dist/bundle/copro.cjs', 'this is not JavaScript (\n');
    const run = launch();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^copro: copro is not built \(its bundle could not be loaded: .+\): run `npm run build` \(or `npm install`\) in /,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('the built CLI under a profiler', () => {
  it('runs to the end with node --cpu-prof (SIGPROF is the profiler’s, not a signal to stop on)', () => {
    const profiles = tempDir();
    try {
      const run = spawnSync(
        process.execPath,
        [
          '--cpu-prof',
          '--cpu-prof-dir',
          profiles.path,
          join(ROOT, 'bin', 'copro.js'),
          'assess',
          join(ROOT, 'examples'),
          '--format',
          'json',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).summary.invalid).toBe(0);
      expect(readdirSync(profiles.path).some((name) => name.endsWith('.cpuprofile'))).toBe(true);
    } finally {
      profiles.remove();
    }
  });
});
