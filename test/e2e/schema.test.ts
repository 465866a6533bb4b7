// `copro schema`: the shipped schemas, printed as they are; the report schema holds the real report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers.js';
import { runMain } from '../in-process.js';

describe('copro schema', () => {
  for (const name of ['project', 'framework', 'report', 'comparison']) {
    it(`prints the ${name} schema exactly as shipped`, async () => {
      const run = await runMain(['schema', name]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    });
  }

  it('prints a report schema that `copro assess examples/ --format json` output satisfies', async () => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse((await runMain(['schema', 'report'])).stdout));
    const assess = await runMain(['assess', EXAMPLES, '--format', 'json']);
    expect(assess.code).toBe(0);
    const report = JSON.parse(assess.stdout);
    expect(report.results.length).toBeGreaterThanOrEqual(12);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("gives the project schema another framework's stages and questions with --framework", async () => {
    const framework = join(ROOT, 'criteria', 'framework.yaml');
    const run = await runMain(['schema', 'project', '--framework', framework]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'schemas', 'project.schema.json'), 'utf8')),
    );
    const misused = await runMain(['schema', 'report', '--framework', framework]);
    expect(misused.code).toBe(2);
    expect(misused.stderr).toContain('only the project schema');
  });

  it('names the schemas there are when asked for another, with exit 2', async () => {
    const run = await runMain(['schema', 'projct']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('did you mean "project"');
    expect(run.stderr).toContain('project, framework, report or comparison');
  });
});
