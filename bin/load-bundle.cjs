// Loads the bundled CLI (dist/bundle/copro.cjs, made by scripts/build.mjs) with the V8 code
// cache made beside it at build time, so that Node does not compile some 800 kB of JavaScript at
// every start. A cache that does not fit this Node (another V8 version or flags) is refused by V8,
// which then compiles the source as usual: the cache only ever saves time.
// CommonJS on purpose: an ES module importing node:fs pays for Node building its ESM facade.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'copro.cjs');

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Every bundle loaded so far, with its compiled script (the build saves their code caches). */
const loaded = new Map();

/**
 * Runs a bundle as a CommonJS module, with its code cache (`<file>.cache`) when there is one;
 * returns its exports and the compiled script. The CLI's bundle, and draft's document readers.
 */
function loadBundle(file = BUNDLE) {
  // latin1: the bundle is ASCII (esbuild escapes everything else), and latin1 is the quickest read.
  const script = new vm.Script(Module.wrap(readFileSync(file, 'latin1')), {
    filename: file,
    cachedData: readCache(`${file}.cache`),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  loaded.set(file, script);
  return { exports: module.exports, script };
}

module.exports = { BUNDLE, loadBundle, loaded };
