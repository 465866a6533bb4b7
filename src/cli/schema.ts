// `copro schema <project|framework|report|comparison>`: print one of the published JSON Schemas, exactly as
// shipped in schemas/, for editors and other tools (`copro schema project > project.schema.json`).
// With --framework, the project schema carries that framework's ids as editor hints instead.
import { readFileSync } from 'node:fs';
import { didYouMean, listWords } from '../core/shared/did-you-mean.js';
import { withFrameworkHints } from '../core/framework/project-schema-hints.js';
import { UsageError } from '../io/usage-error.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { limitsFromEnv } from '../io/limits.js';
import { schemaPath } from '../io/package-paths.js';
import { SCHEMA_NAMES } from '../io/schema-compile.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { openOutput } from './output.js';

export interface SchemaOptions {
  framework?: string;
}

export async function runSchema(name: string, options: SchemaOptions = {}): Promise<ExitCode> {
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(
      `there is no "${name}" schema: use ${listWords(SCHEMA_NAMES)}${didYouMean(name, SCHEMA_NAMES)}`,
    );
  }
  const shipped = readFileSync(schemaPath(name), 'utf8');
  if (!options.framework) {
    openOutput(undefined).write(shipped);
    return EXIT.ok;
  }
  // The project schema with another framework's stages, levels and questions for editors to offer.
  if (name !== 'project') throw new UsageError(`--framework changes only the project schema, not the ${name} schema`);
  const loaded = await loadFrameworkCached(options.framework, limitsFromEnv());
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  openOutput(undefined).write(
    `${JSON.stringify(withFrameworkHints(JSON.parse(shipped), loaded.framework), null, 2)}\n`,
  );
  return EXIT.ok;
}
