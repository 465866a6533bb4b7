// What copro writes is safe: text from project and framework files, and file names, reach a
// terminal stripped of control sequences (table output and stderr), and JSON escapes them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../cli-process.js';
import { ROOT, tempDir } from '../helpers.js';

const CONTROL_SEQUENCES = 'test/corpus/projects/control-sequences.yaml';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const ESCAPED_NAME = 'file\u001b[31mred\u001b]0;title\u0007.yaml';

beforeAll(() => {
  mkdirSync(at('batch'));
  copyFileSync(join(ROOT, CONTROL_SEQUENCES), at('batch', ESCAPED_NAME));
  writeFileSync(at('batch', `bad\u001b[2J.yaml`), 'name: X\nstages:\n  design: sometimes\n');
  writeFileSync(
    at('framework.yaml'),
    'extends: default\ncriteria:\n  - id: shared-power\n    title: "Power \\e[5mis\\e[0m shared"\n    advice: "Share \\e]0;pwned\\a power"\n',
  );
});
afterAll(() => dir.remove());

describe('table output and stderr carry no control sequences', () => {
  it.concurrent('one project: the full scorecard, with every indicator and its evidence', async () => {
    const run = await runCliAsync(['assess', CONTROL_SEQUENCES, '--verbose', '--fail-under', 'co-production']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Escape sequences in the name');
    expect(run.stdout).toContain('moved the cursor');
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it.concurrent('a batch: project names, file names and error messages', async () => {
    const run = await runCliAsync(['assess', 'batch', '--fail-under', 'co-production'], { cwd: dir.path });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Files in batch/');
    expect(run.stdout).toContain('│ filered.yaml');
    expect(run.stderr).toMatch(/bad\.yaml:3:11: "sometimes" is not a level/);
    expect(run.stderr).toMatch(/filered\.yaml: classified as/);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it.concurrent('the criteria of a framework whose wording holds escape sequences', async () => {
    const table = await runCliAsync(['criteria', '--framework', at('framework.yaml')]);
    const entry = await runCliAsync(['criteria', 'shared-power', '--framework', at('framework.yaml')]);
    expect(table.stdout).toContain('Power is shared');
    expect(entry.stdout).toMatch(/Share\s+power/);
    for (const run of [table, entry]) {
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(CONTROL);
    }
  });

  it.concurrent('a path given on the command line that does not exist', async () => {
    const run = await runCliAsync(['assess', 'nowhere\u001b[2J.yaml']);
    expect(run.stderr).toBe('nowhere.yaml: no such file or folder\n');
  });
});

describe('JSON escapes them, and keeps the text exactly', () => {
  it.concurrent('the control characters are written as \\u escapes and read back unchanged', async () => {
    const run = await runCliAsync(['assess', CONTROL_SEQUENCES, '--format', 'json']);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the JSON
    expect(run.stdout).not.toMatch(/[\u0000-\u001f](?<!\n)/);
    expect(run.stdout).toContain('\\u001b[2J');
    const report = JSON.parse(run.stdout);
    expect(report.results[0].project.name).toBe('Escape \u001b]0;pwned\u0007sequences \u001b[2J\u001b[31min the name');
  });
});
