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
    expect(readme).toContain('npm install && npx copro assess examples/');
    expect(readme).toMatch(/^npm test/m);
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
