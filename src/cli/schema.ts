// `copro schema <project|framework|report>`: print one of the published JSON Schemas, exactly as
// shipped in schemas/, for editors and other tools (`copro schema project > project.schema.json`).
import { readFileSync } from 'node:fs';
import { didYouMean, listWords } from '../core/did-you-mean.js';
import { UsageError } from '../io/input-error.js';
import { schemaPath } from '../io/package-paths.js';
import type { SchemaName } from '../io/schema-validators.js';
import { EXIT, type ExitCode } from './exit-codes.js';

export const SCHEMA_NAMES: readonly SchemaName[] = ['project', 'framework', 'report'];

export function runSchema(name: string): ExitCode {
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`there is no "${name}" schema${didYouMean(name, SCHEMA_NAMES)}: use ${listWords(SCHEMA_NAMES)}`);
  }
  process.stdout.write(readFileSync(schemaPath(name), 'utf8'));
  return EXIT.ok;
}
