// The tool's name and version, as the report states them: from the package's own manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-paths.js';

// Read as a file, not required: require() resolves the path through Node's package lookup, which
// cost a one-file run some 1.5 to 3 ms at every start (issue 24).
const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

export const TOOL = { name: manifest.name, version: manifest.version };
