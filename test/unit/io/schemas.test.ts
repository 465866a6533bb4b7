// The three published JSON Schemas: sound JSON Schema, stable ids, and true to the files and
// framework they describe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withFrameworkHints } from '../../../src/core/framework/project-schema-hints.js';
import { DEFAULT_FRAMEWORK } from '../../../src/io/package-paths.js';
import { loadSchema } from '../../../src/io/schema-compile.js';
import { defaultFramework, EXAMPLES } from '../../helpers.js';

const NAMES = ['project', 'framework', 'report', 'comparison'] as const;
const strictAjv = () => new Ajv.default({ strict: true, allowUnionTypes: true, allErrors: true });

describe('the published schemas', () => {
  for (const name of NAMES) {
    it(`${name}: valid draft-07 JSON Schema that ajv compiles in strict mode`, () => {
      const ajv = strictAjv();
      const schema = loadSchema(name);
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    });
  }

  it('keep their $ids (editors, caches and other tools refer to them)', () => {
    expect(NAMES.map((name) => loadSchema(name).$id)).toEqual([
      'urn:copro:schema:project:1',
      'urn:copro:schema:framework:1',
      'urn:copro:schema:report:1',
      'urn:copro:schema:comparison:1',
    ]);
  });

  it('project: accepts every bundled example', () => {
    const validate = strictAjv().compile(loadSchema('project'));
    const files = readdirSync(EXAMPLES).filter((n) => /\.ya?ml$/.test(n));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const valid = validate(parse(readFileSync(join(EXAMPLES, name), 'utf8')));
      expect(valid, `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('framework: accepts the bundled framework', () => {
    const validate = strictAjv().compile(loadSchema('framework'));
    expect(validate(parse(readFileSync(DEFAULT_FRAMEWORK, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("the project schema's editor hints", () => {
  const schema = loadSchema('project');

  it('are in step with the bundled framework (if not, run `npm run schemas`)', async () => {
    expect(schema).toEqual(withFrameworkHints(schema, await defaultFramework()));
  });

  it('name every stage and every indicator, with its question, and offer the levels', async () => {
    const framework = await defaultFramework();
    const props = schema.properties as {
      stages: { properties: object };
      answers: { properties: Record<string, { description: string }> };
    };
    expect(Object.keys(props.stages.properties)).toEqual(framework.stages.map((s) => s.id));
    const indicators = framework.criteria.flatMap((c) => c.indicators);
    expect(Object.keys(props.answers.properties)).toEqual(indicators.map((i) => i.id));
    expect(props.answers.properties[indicators[0]!.id]!.description).toContain(indicators[0]!.question);
    expect(JSON.stringify(schema.definitions)).toContain(
      JSON.stringify([...framework.levels.map((l) => l.id), 'unknown', 'n/a', 'not-yet']),
    );
  });

  it("restrict nothing: another framework's stages, levels and indicators still pass the schema", () => {
    const validate = strictAjv().compile(schema);
    const other = {
      name: 'P',
      stages: { plan: 'led', define: { level: 'co-owned' } },
      answers: { 'my.question': 'yes' },
    };
    expect(validate(other), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ name: 'P', answers: { 'shared-power.strategic': 'maybe' } })).toBe(false);
  });
});
