// JSON Schema validation of framework and project files, with ajv. The schemas are the ones
// published in schemas/ (and printed by `copro schema`).
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaPath } from './package-paths.js';

const require = createRequire(import.meta.url);

export type SchemaName = 'project' | 'framework' | 'report';

const compiled = new Map<SchemaName, ValidateFunction>();

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return require(schemaPath(name)) as Record<string, unknown>;
}

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    // ajv is loaded only when a file is validated, so commands that never validate start faster.
    const Ajv = require('ajv') as typeof import('ajv').default;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    validate = ajv.compile(loadSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

/** The schema errors for `data`, or an empty list when it is valid. */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validator(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
