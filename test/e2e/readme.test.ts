// The README's examples must work as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = tempDir();
afterAll(() => dir.remove());

describe('README', () => {
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm install && node bin/copro.js assess examples/');
    expect(readme).not.toMatch(/^\$? ?npx copro/m);
    expect(readme).toMatch(/^npm test/m);
  });

  it('names the Node.js version package.json needs, wherever it names one', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(engines).toBe('>=20.19');
    const named = [...readme.matchAll(/Node(?:\.js)?\]?(?:\([^)]*\))?\s+(?:\*\*)?(\d+(?:\.\d+)*)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((version) => version === '20.19')).toBe(true);
  });

  it("opens with the practitioners' path (init, assess, the HTML report) before any contract", () => {
    const practitioners = readme.indexOf('## For practitioners');
    expect(practitioners).toBeGreaterThan(0);
    expect(practitioners).toBeLessThan(readme.indexOf('## Set up'));
    const path = readme.slice(practitioners, readme.indexOf('## Set up'));
    expect(path).toMatch(
      /node bin\/copro\.js init my-project\.yaml[\s\S]*node bin\/copro\.js assess my-project\.yaml[\s\S]*-o my-project\.html/,
    );
    expect(readme.indexOf('(contract')).toBeGreaterThan(readme.indexOf('## Limits and safety'));
  });

  it('lists every option of copro criteria in its usage block', () => {
    const block = readme.slice(
      readme.indexOf('copro criteria [id]'),
      readme.indexOf('```', readme.indexOf('copro criteria [id]')),
    );
    const help = runCli(['criteria', '--help']).stdout;
    const options = [...help.matchAll(/^\s+(-\w, )?(--[\w-]+)/gm)].map((m) => m[2]!).filter((o) => o !== '--help');
    expect(options).toEqual(expect.arrayContaining(['--framework', '--format', '--output', '--no-color']));
    for (const option of options) expect(block, option).toContain(option);
  });

  it('starts the built copro with its run command, at once (no repacking)', () => {
    const run = runCli(['assess', 'examples/', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.scored).toBeGreaterThan(0);
  });

  it('has a project file example that copro accepts', () => {
    const project = yamlBlocks.find((b) => b.startsWith('name:'))!;
    const file = join(dir.path, 'project.yaml');
    writeFileSync(file, project);
    const run = runCli(['assess', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('has a framework example that extends the default and loads', () => {
    const framework = yamlBlocks.find((b) => b.includes('extends: default'))!;
    const file = join(dir.path, 'my-network.yaml');
    writeFileSync(file, framework);
    const run = runCli(['assess', join(ROOT, 'examples'), '--framework', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).framework.id).toBe('my-network');
  });
});
