// Issue 23 (V1-V5): `copro validate --fix` rewrites a project file in place only where it can do so
// safely: through a link it replaces the file the link leads to (the link stays); what is not a
// regular file (a named pipe, <(command)) is refused in words and never waited on; a file of two
// documents is refused before anything is written; a full disk is said in words.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from '../cli-process.js';
import { BIN, ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
/** Written for framework 1.0.0: --fix renames three of its answer ids. */
const OLD = join(ROOT, 'test', 'corpus', 'framework-1-projects', 'dundee-decides.yaml');
const OLD_TEXT = readFileSync(OLD, 'utf8');
const OLD_ID = 'shared-power.facilitator';
afterAll(() => dir.remove());

const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;
const copro = (args: string[]) => [process.execPath, BIN, ...args].map(quote).join(' ');

describe('validate --fix through a symbolic link (V1)', () => {
  for (const [kind, target] of [
    ['relative', 'real-rel.yaml'],
    ['absolute', at('real-abs.yaml')],
  ] as const) {
    it(`a ${kind} link: the file it leads to is brought up to date, the link stays a link`, () => {
      const real = at(kind === 'relative' ? 'real-rel.yaml' : 'real-abs.yaml');
      copyFileSync(OLD, real);
      const link = at(`link-${kind}.yaml`);
      symlinkSync(target, link);
      const run = runCli(['validate', '--fix', link]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/updated shared-power\.facilitator → /);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(target);
      expect(readFileSync(real, 'utf8')).not.toContain(OLD_ID);
    });
  }
});

describe('validate --fix on what is not a regular file (V2, V3)', () => {
  it('a named pipe nobody writes to: refused in words, never blocked on (the check gives up after its wait)', async () => {
    execFileSync('mkfifo', [at('pipe.yaml')]);
    const started = startCli(['validate', '--fix', at('pipe.yaml')]);
    const guard = setTimeout(() => started.child.kill('SIGKILL'), 40_000);
    const run = await started.done;
    clearTimeout(guard);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).toMatch(/not fixed: this is a named pipe, not a regular file/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('<(printf …): refused in words, and what it holds is still checked', () => {
    const run = spawnSync('bash', ['-c', `${copro(['validate', '--fix'])} <(cat ${quote(OLD)})`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toMatch(/not fixed: this is a named pipe, not a regular file/);
    expect(run.stderr + run.stdout).not.toMatch(/went wrong|ENOENT/);
  });
});

describe('validate --fix on a file of two YAML documents (V4)', () => {
  it('is refused before anything is written', () => {
    const file = at('two-docs.yaml');
    const text = `${OLD_TEXT}---\nname: second\n`;
    writeFileSync(file, text);
    const run = runCli(['validate', '--fix', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/updated/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('validate --fix on a full disk (V5)', () => {
  const canMountTmpfs =
    process.getuid?.() === 0 &&
    spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${quote(dir.path)}`]).status === 0;

  it('says the disk is full, and leaves the file as it was', ({ skip }) => {
    if (!canMountTmpfs) skip('needs root and unshare -m to mount a small tmpfs');
    const tiny = at('tiny');
    const file = join(tiny, 'old.yaml');
    const script = [
      'set -e',
      `mkdir -p ${quote(tiny)}`,
      `mount -t tmpfs -o size=64k tmpfs ${quote(tiny)}`,
      `cp ${quote(OLD)} ${quote(file)}`,
      `head -c ${64 * 1024} /dev/zero > ${quote(join(tiny, 'filler'))} || true`,
      'set +e',
      `${copro(['validate', '--fix', file])}; echo "exit:$?"`,
      `cmp -s ${quote(OLD)} ${quote(file)} && echo intact`,
      `ls -a ${quote(tiny)}`,
    ].join('\n');
    const run = spawnSync('unshare', ['-m', 'bash', '-c', script], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/exit:2\n/);
    expect(run.stdout).toContain('intact');
    expect(run.stdout).not.toMatch(/\.tmp/);
    expect(run.stdout + run.stderr).toMatch(/not fixed: .*the disk is full/);
    expect(run.stderr).not.toMatch(/went wrong|STACK/);
  });
});
