// The README's sections on init, validate and schema must hold as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/io/schema-compile.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = (language: string) =>
  [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const dir = tempDir();
afterAll(() => dir.remove());

describe('README: authoring', () => {
  it('shows exactly what copro validate prints for its example file', () => {
    const project = blocks('yaml').find((b) => b.startsWith('# project.yaml, with four mistakes'))!;
    const shown = blocks('text').find((b) => b.startsWith('✗ project.yaml: 4 problems'))!;
    writeFileSync(join(dir.path, 'project.yaml'), project);
    const run = runCli(['validate', 'project.yaml'], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(shown);
  });

  it('lists the schemas with the $ids they carry', () => {
    for (const name of ['project', 'framework', 'report'] as const) {
      expect(readme).toContain(
        `| [\`${name}.schema.json\`](schemas/${name}.schema.json) | \`${String(loadSchema(name).$id)}\` |`,
      );
    }
  });
});
