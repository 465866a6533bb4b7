// @ts-check
// The floor for `npm run bench`: read and YAML-parse every project file in a folder with the
// same `yaml` package copro uses, and do nothing else. copro cannot do less than this and
// still read the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const folder = process.argv[2];
if (!folder) throw new Error('bench-floor: name the folder of project files to read');
let parsed = 0;
for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!/\.ya?ml$/i.test(name)) continue;
  parse(readFileSync(join(folder, name), 'utf8'));
  parsed++;
}
process.stdout.write(`${parsed}\n`);
