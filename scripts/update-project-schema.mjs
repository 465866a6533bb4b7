// @ts-check
// Rewrites the editor hints in schemas/project.schema.json from the bundled framework (its stage
// ids, indicator ids with their questions, and levels), and the forms of `year` from src/core/year.ts
// (its pattern, length and description). Run after changing criteria/framework.yaml or year.ts:
// `npm run schemas`. Unit tests fail while they are out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFrameworkHints } from '../dist/core/framework/project-schema-hints.js';
import { loadFramework } from '../dist/io/load-framework.js';
import { YEAR_FORMS, YEAR_MAX_LENGTH, YEAR_PATTERN } from '../dist/core/project/year.js';

const file = new URL('../schemas/project.schema.json', import.meta.url);
const loaded = await loadFramework();
if (!loaded.ok) throw new Error(`the bundled framework is not valid: ${JSON.stringify(loaded.errors)}`);
const schema = withFrameworkHints(JSON.parse(readFileSync(file, 'utf8')), loaded.framework);
const year = schema.properties.year;
year.description = `When it took place, as people write it: ${YEAR_FORMS}. Kept as written; the report adds the years it covers (project.years).`;
const text = year.anyOf.find((branch) => branch.type === 'string');
Object.assign(text, {
  maxLength: YEAR_MAX_LENGTH,
  pattern: YEAR_PATTERN,
  description: `text with a year in it: ${YEAR_FORMS}`,
});
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(
  'schemas/project.schema.json: editor hints updated from criteria/framework.yaml, year forms from src/core/year.ts',
);
