// JSON Schema validation of framework and project files, with ajv. The schemas are the ones
// published in schemas/ (and printed by `copro schema`). How the validators come to be —
// compiled when first used, or generated at build time — is schema-compile.ts's business.
import type { ErrorObject } from 'ajv';
import { compiledValidator, type SchemaName } from './schema-compile.js';

/** The schema errors for `data`, or an empty list when it is valid. */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = compiledValidator(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
