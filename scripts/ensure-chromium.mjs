// @ts-check
// Run before `npm test`: the HTML report tests open the report in Chromium (playwright-core
// drives it and never downloads a browser). On a fresh machine, install Debian's chromium when we
// may (as root, with apt-get), as .ci/run does; otherwise say plainly what to do, before any test runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * What to do, from what is there: nothing, install with apt-get, or stop with a message.
 * @param {{ chromium: string, present: boolean, isRoot: boolean, hasAptGet: boolean }} found
 * @returns {{ action: 'none' } | { action: 'install' } | { action: 'stop', message: string }}
 */
export function plan({ chromium, present, isRoot, hasAptGet }) {
  if (present) return { action: 'none' };
  if (chromium === DEFAULT_CHROMIUM && isRoot && hasAptGet) return { action: 'install' };
  const how =
    chromium === DEFAULT_CHROMIUM
      ? 'install it (on Debian or Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome you have'
      : 'install Chromium there, or unset CHROMIUM_PATH to use /usr/bin/chromium';
  return {
    action: 'stop',
    message: `npm test: the HTML report tests need Chromium at ${chromium}, and it is not there: ${how}`,
  };
}

function main() {
  const chromium = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const aptGet = process.env.COPRO_APT_GET || 'apt-get';
  const hasAptGet = spawnSync(aptGet, ['--version'], { stdio: 'ignore' }).status === 0;
  const step = plan({ chromium, present: existsSync(chromium), isRoot: process.getuid?.() === 0, hasAptGet });
  if (step.action === 'none') return 0;
  if (step.action === 'stop') {
    process.stderr.write(`${step.message}\n`);
    return 1;
  }
  process.stderr.write(
    `npm test: installing Debian's chromium for the HTML report tests (apt-get install chromium)…\n`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync(aptGet, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      process.stderr.write(
        `npm test: apt-get ${args[0]} failed; install chromium yourself (apt-get install -y chromium) and run npm test again\n`,
      );
      return 1;
    }
  }
  return existsSync(chromium)
    ? 0
    : (process.stderr.write(`npm test: chromium was installed but is not at ${chromium}; set CHROMIUM_PATH\n`), 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
