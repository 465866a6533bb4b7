// @ts-check
// Build step: runs the freshly bundled CLI on the examples, the way people use it, and saves V8's
// code cache for it (dist/bundle/copro.cjs.cache). Made after a real run, the cache holds the
// functions that run compiled, not only the top level, so the next start compiles almost nothing.
'use strict';
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { BUNDLE, loadBundle } = require('../bin/load-bundle.cjs');

const EXAMPLES = join(__dirname, '..', 'examples');

async function main() {
  const { exports, script } = loadBundle();
  const folder = mkdtempSync(join(tmpdir(), 'copro-build-'));
  try {
    for (const format of ['json', 'table']) {
      const code = await exports.main([
        'node',
        'copro',
        'assess',
        EXAMPLES,
        '--format',
        format,
        '-o',
        join(folder, format),
        '-q',
      ]);
      if (code !== 0) throw new Error(`copro assess examples/ --format ${format} ended with ${code}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  writeFileSync(`${BUNDLE}.cache`, script.createCachedData());
}

main().catch((error) => {
  process.stderr.write(
    `build: could not make the code cache (copro works without it, only slower to start): ${error.message}\n`,
  );
});
