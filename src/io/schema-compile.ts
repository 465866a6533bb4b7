// Compiles the JSON Schemas in schemas/ with ajv when first needed. This is the plain path, used
// when copro runs from its TypeScript sources (the tests). The built CLI uses, in its place,
// validators that ajv generated from the same schemas and options at build time
// (scripts/build.mjs, `standaloneValidators` below), so it never compiles a schema as it starts;
// it falls back on this module only for a schema it has no prebuilt validator for.
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import { schemaPath } from './package-paths.js';

const require = createRequire(import.meta.url);

/** The published schemas (schemas/<name>.schema.json), as `copro schema` names them. */
export const SCHEMA_NAMES = ['project', 'framework', 'report', 'comparison'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** verbose: the plain messages (schema-messages.ts) read error.schema, .parentSchema and .data. */
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false, inlineRefs: false };

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return require(schemaPath(name)) as Record<string, unknown>;
}

type Ajv = import('ajv').default;
const newAjv = (options: Options): Ajv => new (require('ajv') as typeof import('ajv').default)(options);

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function compiledValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= newAjv(AJV_OPTIONS);
    validate = ajv.compile(loadSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

/**
 * For the build: an ES module exporting the standalone validators for `names`, as ajv generates
 * them from the same schemas and options, and `validators`, a table of them by name.
 * @public scripts/build.mjs imports it from the built dist/, where knip cannot follow.
 */
export function standaloneValidators(names: readonly SchemaName[]): string {
  const standaloneCode = require('ajv/dist/standalone')
    .default as typeof import('ajv/dist/standalone/index.js').default;
  const generator = newAjv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const exports: Record<string, string> = {};
  for (const name of names) {
    const schema = loadSchema(name);
    generator.addSchema(schema);
    exports[name] = String(schema.$id);
  }
  const table = names.map((name) => `${JSON.stringify(name)}: ${name}`).join(', ');
  return `${standaloneCode(generator, exports)}\nexport const validators = { ${table} };\n`;
}
