// `copro init` without a terminal (or with --yes): a template that validates as it stands, and a
// file that is never replaced unless --force.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('copro init without a terminal', () => {
  it('--yes writes a commented template that copro validate and copro assess accept', async () => {
    const run = runCli(['init', '--yes'], { cwd: dir.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Wrote project.yaml');
    const file = join(dir.path, 'project.yaml');
    const text = readFileSync(file, 'utf8');
    // Relative to the file, like the examples' ../schemas/project.schema.json: no one's home folder in it.
    const schemaRef = text.split('\n')[0]!.replace('# yaml-language-server: $schema=', '');
    expect(schemaRef).toBe(relative(dir.path, join(ROOT, 'schemas', 'project.schema.json')));
    expect(isAbsolute(schemaRef)).toBe(false);
    expect(resolve(dir.path, schemaRef)).toBe(join(ROOT, 'schemas', 'project.schema.json'));
    expect(text).toContain('# Was the final decision taken jointly with the people affected');
    expect(text).toMatch(/^ {2}shared-power\.binding-decision: unknown$/m);
    const validate = await runMain(['validate', file]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(`✓ ${file}`);
    expect((await runMain(['assess', file])).code).toBe(0);
  });

  it('writes the template when standard input is not a terminal, and says why', async () => {
    const run = runCli(['init', 'piped.yaml'], { cwd: dir.path, input: 'ignored\n' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('there is no terminal to ask questions in');
    expect((await runMain(['validate', join(dir.path, 'piped.yaml')])).code).toBe(0);
  });

  it('leaves an existing file untouched and exits 2 on a second run', async () => {
    const file = join(dir.path, 'twice.yaml');
    expect((await runMain(['init', '--yes', file])).code).toBe(0);
    writeFileSync(file, 'name: Edited by hand\n');
    const before = statSync(file).mtimeMs;
    const run = await runMain(['init', '--yes', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} already exists, and copro init never replaces a file`);
    expect(run.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('name: Edited by hand\n');
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('replaces the file with --force', async () => {
    const file = join(dir.path, 'forced.yaml');
    writeFileSync(file, 'name: Old\n');
    expect((await runMain(['init', '--yes', '--force', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('answers:');
  });

  it('follows another framework with --framework', async () => {
    const framework = join(dir.path, 'small-framework.yaml');
    writeFileSync(framework, 'extends: default\nid: small\nname: Small\n');
    const file = join(dir.path, 'custom.yaml');
    expect((await runMain(['init', '--yes', '--framework', framework, file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('scored against Small (small ');
    expect((await runMain(['validate', '--framework', framework, file])).code).toBe(0);
  });

  it('says plainly when the file cannot be written: a missing folder, or a folder in the way', async () => {
    const missing = await runMain(['init', '--yes', join(dir.path, 'no-such-folder', 'p.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`could not be written: there is no folder ${join(dir.path, 'no-such-folder')}`);
    mkdirSync(join(dir.path, 'a-folder'));
    const folder = await runMain(['init', '--yes', join(dir.path, 'a-folder')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('already exists');
    for (const run of [missing, folder]) expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(dir.path, 'no-such-folder'))).toBe(false);
  });
});

describe('copro init --resume, without a terminal', () => {
  it('says there is no file to resume', () => {
    const run = runCli(['init', '--resume', 'missing.yaml'], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('copro: there is no missing.yaml to resume: start it with `copro init missing.yaml`');
  });

  it('needs a terminal to ask in, and never replaces the file with a template', () => {
    const file = join(dir.path, 'keep.yaml');
    writeFileSync(file, 'name: Keep me\n');
    const run = runCli(['init', '--resume', file], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--resume asks questions, and there is no terminal to ask them in');
    expect(readFileSync(file, 'utf8')).toBe('name: Keep me\n');
  });

  it('refuses a file with problems, listing them', () => {
    const file = join(dir.path, 'broken.yaml');
    writeFileSync(file, 'name: Broken\nstages:\n  design: colaborate\n');
    const run = runCli(['init', '--resume', file], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:3:11: "colaborate" is not a level`);
  });
});
