// `npm test` on a fresh machine: the pretest step installs Debian's chromium when it may, and
// otherwise stops with a message saying what to do (not a failure deep inside the HTML tests).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, plan } from '../../../scripts/ensure-chromium.mjs';
import { ROOT, tempDir } from '../../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
const script = join(ROOT, 'scripts', 'ensure-chromium.mjs');

describe('before npm test: Chromium', () => {
  it('does nothing when Chromium is there', () => {
    expect(plan({ chromium: DEFAULT_CHROMIUM, present: true, isRoot: false, hasAptGet: false })).toEqual({
      action: 'none',
    });
  });

  it('installs it with apt-get as root', () => {
    expect(plan({ chromium: DEFAULT_CHROMIUM, present: false, isRoot: true, hasAptGet: true })).toEqual({
      action: 'install',
    });
  });

  it('otherwise says how to install it, before any test runs', () => {
    expect(plan({ chromium: DEFAULT_CHROMIUM, present: false, isRoot: false, hasAptGet: true })).toEqual({
      action: 'stop',
      message: expect.stringContaining('sudo apt-get install -y chromium'),
    });
    expect(plan({ chromium: '/opt/chrome', present: false, isRoot: true, hasAptGet: true })).toEqual({
      action: 'stop',
      message: expect.stringContaining('/opt/chrome'),
    });
  });

  it('is what package.json runs before the tests', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.pretest).toMatch(
      /^node scripts\/ensure-chromium\.mjs && /,
    );
  });

  it('stops with a plain message and exit 1 when a named Chromium is missing', () => {
    const missing = join(dir.path, 'no-chromium');
    const run = spawnSync(process.execPath, [script], {
      env: { ...process.env, CHROMIUM_PATH: missing },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `npm test: the HTML report tests need Chromium at ${missing}, and it is not there: install Chromium there, or unset CHROMIUM_PATH to use /usr/bin/chromium\n`,
    );
  });
});
