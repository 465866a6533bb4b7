// The self-assessment page's script, as the build bundled it for the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-paths.js';

const FORM_SCRIPT = join(PACKAGE_ROOT, 'dist', 'bundle', 'form-app.js');

export function readFormScript(): string {
  try {
    return readFileSync(FORM_SCRIPT, 'utf8');
  } catch {
    throw new Error(`the self-assessment page's script is missing (${FORM_SCRIPT}): run npm run build`);
  }
}
