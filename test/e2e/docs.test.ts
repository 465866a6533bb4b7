// The guide (docs/guide.md), the JSON contract (docs/json-report.md) and CONTRIBUTING.md must hold
// as written: every option of every command in its usage block, examples that copro accepts and
// output it really prints (the draft example is checked in draft.test.ts), links that lead
// somewhere, and a map of src/core that names every file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/io/schema-compile.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const guide = read('docs/guide.md');
const blocks = (text: string, language: string) =>
  [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const dir = tempDir();
afterAll(() => dir.remove());

/** The commands `copro --help` lists (all but help itself). */
async function commands(): Promise<string[]> {
  const help = (await runMain(['--help'])).stdout;
  const list = help.slice(help.indexOf('Commands:'));
  return [...list.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** The long options `copro <command> --help` lists. */
async function optionsOf(command: string): Promise<string[]> {
  const help = (await runMain([command, '--help'])).stdout;
  return [...help.matchAll(/^\s+(-\w, )?(--[\w-]+)/gm)].map((m) => m[2]!).filter((o) => o !== '--help');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');

function anchorsOf(file: string): Set<string> {
  const text = read(file).replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!)));
}

describe('docs/guide.md', () => {
  it('has a usage block for every command, listing every option its --help lists', async () => {
    const names = await commands();
    expect(names).toEqual(expect.arrayContaining(['assess', 'init', 'draft', 'validate', 'hub', 'form']));
    for (const command of names) {
      const usage = blocks(guide, 'text').find((b) => b.startsWith(`copro ${command} `));
      expect(usage, `a usage block for copro ${command}`).toBeDefined();
      for (const option of await optionsOf(command)) expect(usage, `copro ${command} ${option}`).toContain(option);
    }
  });

  it('has a project file example that copro accepts without a word on standard error', async () => {
    const project = blocks(guide, 'yaml').find((b) => b.startsWith('name:'))!;
    const run = await runMain(['assess', dir.write('project.yaml', project), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('has a framework example that extends the default and loads', async () => {
    const framework = blocks(guide, 'yaml').find((b) => b.includes('extends: default'))!;
    const file = dir.write('my-network.yaml', framework);
    const run = await runMain(['assess', join(ROOT, 'examples'), '--framework', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { framework: { id: string } }).framework.id).toBe('my-network');
  });

  it('shows exactly what copro validate prints for its example file', () => {
    const project = blocks(guide, 'yaml').find((b) => b.startsWith('# project.yaml, with four mistakes'))!;
    const shown = blocks(guide, 'text').find((b) => b.startsWith('✗ project.yaml: 4 problems'))!;
    const file = dir.write('validate/project.yaml', project);
    const run = runCli(['validate', 'project.yaml'], { cwd: dirname(file) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(shown);
  });

  it('lists the schemas with the $ids they carry', () => {
    for (const name of ['project', 'framework', 'report', 'comparison'] as const) {
      expect(guide).toContain(
        `| [\`${name}.schema.json\`](../schemas/${name}.schema.json) | \`${String(loadSchema(name).$id)}\` |`,
      );
    }
  });
});

describe('the documents link to what is there', () => {
  const documents = ['README.md', 'docs/guide.md', 'docs/json-report.md', 'CONTRIBUTING.md'];

  it.each(documents)('%s: every relative link leads to a file, and every #anchor to a heading', (file) => {
    const text = read(file).replace(/```[\s\S]*?```/g, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path, hash] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : join(dirname(file), path);
      expect(existsSync(join(ROOT, target)), `${file}: ${link}`).toBe(true);
      if (hash !== undefined && target.endsWith('.md')) expect(anchorsOf(target), `${file}: ${link}`).toContain(hash);
    }
  });
});

describe('docs/json-report.md', () => {
  const contract = read('docs/json-report.md');

  /** Every property name a schema defines, at any depth. */
  function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
    if (Array.isArray(node)) for (const item of node) propertyNames(item, names);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value && typeof value === 'object')
          for (const name of Object.keys(value)) names.add(name);
        propertyNames(value, names);
      }
    }
    return names;
  }

  it.each(['report', 'comparison'] as const)('names every field of the %s schema', (name) => {
    for (const field of propertyNames(loadSchema(name)))
      expect(contract, field).toMatch(new RegExp(`["\`.]${field}["\`]`));
  });

  it('names every warning code the report schema allows', () => {
    const codes = JSON.stringify(loadSchema('report')).match(/"self-description-unsupported"[^\]]*/)![0];
    for (const code of codes.match(/[\w-]+/g)!) expect(contract).toContain(`\`${code}\``);
  });
});

describe('CONTRIBUTING.md', () => {
  const contributing = read('CONTRIBUTING.md');

  it('names every file of src/core in its map', () => {
    const files = readdirSync(join(ROOT, 'src', 'core'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(contributing, file).toContain(`\`${file.split('/').pop()}\``);
  });

  it('names the npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    for (const [, script] of contributing.matchAll(/`npm run ([\w:-]+)/g)) expect(scripts).toContain(script);
  });
});
