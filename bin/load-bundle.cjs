// Loads the bundled CLI (dist/bundle/copro.cjs, made by scripts/build.mjs) with the V8 code
// cache made beside it at build time, so that Node does not compile some 800 kB of JavaScript at
// every start. A cache that does not fit this Node (another V8 version or flags) is refused by V8,
// which then compiles the source as usual: the cache only ever saves time.
// The reader's language model (dist/bundle/tagger.cjs, some 4 MB that only `copro draft` loads) is
// loaded the same way, with its own cache, when the CLI first requires it.
// CommonJS on purpose: an ES module importing node:fs pays for Node building its ESM facade.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'copro.cjs');
const TAGGER = join(__dirname, '..', 'dist', 'bundle', 'tagger.cjs');

/**
 * How each bundle's text is read. latin1 is the quickest read, and right for the CLI's bundle,
 * which is ASCII: esbuild escapes everything else except in regular expressions, and the build
 * refuses a bundle with any other byte (scripts/build.mjs). The tagger's bundle holds wink-nlp's
 * own regular expressions with dashes and quotes in them, so it is read as UTF-8.
 */
const ENCODINGS = { [BUNDLE]: 'latin1', [TAGGER]: 'utf8' };
/** Bundles the CLI requires that are loaded here, with their code cache. */
const CACHED = { './tagger.cjs': TAGGER };

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

const loaded = new Map();

/** `require` for a bundle: the bundles in CACHED through loadBundle, everything else as usual. */
function requireFor(file) {
  const plain = Module.createRequire(file);
  const required = (id) => (CACHED[id] ? loadBundle(CACHED[id]).exports : plain(id));
  return Object.assign(required, plain);
}

/**
 * Runs a bundle as a CommonJS module, once, with its code cache (`<file>.cache`) when there is one;
 * returns its exports and the compiled script. The CLI's bundle, the reader's tagger, and draft's
 * document readers.
 */
function loadBundle(file = BUNDLE) {
  const seen = loaded.get(file);
  if (seen) return seen;
  const script = new vm.Script(Module.wrap(readFileSync(file, ENCODINGS[file] ?? 'utf8')), {
    filename: file,
    cachedData: readCache(`${file}.cache`),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFor(file), module, file, dirname(file));
  const result = { exports: module.exports, script };
  loaded.set(file, result);
  return result;
}

module.exports = { BUNDLE, TAGGER, loadBundle, loaded };
