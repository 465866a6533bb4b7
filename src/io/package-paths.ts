// Where the package's own files are, wherever it is installed: this module runs from dist/io/ (tsc),
// dist/bundle/ (the bundled CLI) or src/io/ (the tests), each two levels below the root.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_FRAMEWORK = join(PACKAGE_ROOT, 'criteria', 'framework.yaml');

export function schemaPath(name: string): string {
  return join(PACKAGE_ROOT, 'schemas', `${name}.schema.json`);
}
