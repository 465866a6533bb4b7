// @ts-check
// Rewrites the editor hints in schemas/project.schema.json from the bundled framework (its stage
// ids, indicator ids with their questions, and levels). Run after changing criteria/framework.yaml:
// `npm run schemas`. A unit test fails while the two are out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFrameworkHints } from '../dist/core/project-schema-hints.js';
import { loadFramework } from '../dist/io/load-framework.js';

const file = new URL('../schemas/project.schema.json', import.meta.url);
const loaded = await loadFramework();
if (!loaded.ok) throw new Error(`the bundled framework is not valid: ${JSON.stringify(loaded.errors)}`);
const schema = withFrameworkHints(JSON.parse(readFileSync(file, 'utf8')), loaded.framework);
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log('schemas/project.schema.json: editor hints updated from criteria/framework.yaml');
