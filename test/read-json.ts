// The JSON documents the tests read back from copro, each checked against its published schema
// and typed as the source declares it: a test that reads a field the document does not have
// then fails to type-check, and a document that breaks its contract fails the test.
import Ajv, { type ValidateFunction } from 'ajv';
import type { ComparisonReport } from '../src/core/model/comparison.js';
import type { Report } from '../src/core/model/report.js';
import { loadSchema, type SchemaName } from '../src/io/schema-compile.js';

const ajv = new Ajv.default({ allErrors: true, strict: false });
const validators = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.compile(loadSchema(name));
    validators.set(name, validate);
  }
  return validate;
}

/** `text` parsed, once it matches the schema `name`; the caller says which type that schema describes. */
function readChecked<T>(name: SchemaName, text: string): T {
  const data: unknown = JSON.parse(text);
  const validate = validator(name);
  if (!validate(data)) throw new Error(`the ${name} does not match its schema: ${ajv.errorsText(validate.errors)}`);
  return data as T;
}

/** A JSON report (`copro assess --format json`, a hub's projects.json, a baseline). */
export const readReport = (text: string): Report => readChecked('report', text);

/** A JSON comparison (`copro compare --format json`). */
export const readComparison = (text: string): ComparisonReport => readChecked('comparison', text);
