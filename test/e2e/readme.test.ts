// The README is the short way in, for practitioners: at most 400 lines, the practitioner's path
// first, and examples that work as written. Everything else is in docs/guide.md (docs.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const readme = read('README.md');
const blocks = (language: string) =>
  [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const dir = tempDir();
afterAll(() => dir.remove());

describe('README', () => {
  it('is at most 400 lines, and leads to the guide, the JSON contract and CONTRIBUTING', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(400);
    for (const link of ['(docs/guide.md)', '(docs/json-report.md)', '(CONTRIBUTING.md)'])
      expect(readme).toContain(link);
  });

  it('shows the set-up command, and no npx copro', () => {
    expect(readme).toContain('npm install && node bin/copro.js assess examples/');
    expect(readme).not.toMatch(/^\$? ?npx copro/m);
  });

  it('names the Node.js version package.json needs, wherever the documents name one', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const version = engines.replace('>=', '');
    for (const file of ['README.md', 'docs/guide.md', 'CONTRIBUTING.md']) {
      const named = [...read(file).matchAll(/Node(?:\.js)?\]?(?:\([^)]*\))?\s+(?:\*\*)?(\d+(?:\.\d+)*)/g)].map(
        (m) => m[1],
      );
      expect(named.length, file).toBeGreaterThan(0);
      expect(named, file).toEqual(named.map(() => version));
    }
  });

  it("opens with the practitioners' path (init, assess, the HTML report)", () => {
    const practitioners = readme.indexOf('## For practitioners');
    expect(practitioners).toBeGreaterThan(0);
    expect(practitioners).toBeLessThan(readme.indexOf('## Set up'));
    const path = readme.slice(practitioners, readme.indexOf('## Set up'));
    expect(path).toMatch(
      /node bin\/copro\.js init my-project\.yaml[\s\S]*node bin\/copro\.js assess my-project\.yaml[\s\S]*-o my-project\.html/,
    );
  });

  it('starts the built copro with its run command, at once (no repacking)', async () => {
    const run = await runMain(['assess', 'examples/', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { scored: number } }).summary.scored).toBeGreaterThan(0);
  });

  it('has a project file example that copro accepts', async () => {
    const project = blocks('yaml').find((b) => b.startsWith('name:'))!;
    const file = join(dir.path, 'project.yaml');
    writeFileSync(file, project);
    const run = await runMain(['assess', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('shows in its worked example what copro prints (the lines before any "…")', () => {
    const shown = blocks('text').filter((b) => b.startsWith('$ copro assess '));
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) {
      const [command, ...lines] = block.split('\n');
      const args = command!.slice('$ copro '.length).split(' ');
      const run = runCli([...args, '--no-color'], { env: { COLUMNS: '100' } });
      const cut = lines.indexOf('…');
      const expected = (cut === -1 ? lines : lines.slice(0, cut)).join('\n');
      expect(run.stdout.startsWith(expected), command).toBe(true);
    }
  });
});
