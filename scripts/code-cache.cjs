// @ts-check
// Build step: runs the freshly bundled CLI on the examples, the way people use it, and saves V8's
// code cache for it (dist/bundle/copro.cjs.cache). Made after a real run, the cache holds the
// functions that run compiled, not only the top level, so the next start compiles almost nothing.
// The same for the reader's language model (dist/bundle/tagger.cjs.cache), after tagging a few
// sentences, as `copro draft` does; and for `copro draft`'s document readers
// (dist/bundle/reader-*.cjs): each is loaded, and run on the sample documents of the source tree
// where there are any (test/draft-corpus; an installed package has none, and its caches then hold
// the top level only).
'use strict';
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { BUNDLE, TAGGER, loadBundle, loaded } = require('../bin/load-bundle.cjs');

const EXAMPLES = join(__dirname, '..', 'examples');
const BUNDLES = dirname(BUNDLE);
const SAMPLES = join(__dirname, '..', 'test', 'draft-corpus', 'tuning');

/** Reads a sample of each kind of document, so that each reader's working code is in its cache. */
async function cacheReaders() {
  const { documentText } = require(join(BUNDLES, 'document-text.cjs'));
  const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => /\.(eml|pdf|docx|html?)$/.test(f)) : [];
  const { DEFAULT_DRAFT_LIMITS: limits } = await import(
    pathToFileURL(join(BUNDLES, '..', 'io', 'draft-limits.js')).href
  );
  for (const kind of ['eml', 'pdf', 'docx', 'htm']) {
    const sample = samples.find((f) => f.includes(`.${kind}`));
    if (sample) await documentText(sample, readFileSync(join(SAMPLES, sample)), limits);
  }
  for (const file of readdirSync(BUNDLES).filter((f) => /^reader-.*\.cjs$/.test(f))) {
    const path = join(BUNDLES, file);
    const script = (loaded.get(path) ?? loadBundle(path)).script;
    writeFileSync(`${path}.cache`, script.createCachedData());
  }
}

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
  const tagger = loadBundle(TAGGER);
  for (const sentence of SENTENCES) tagger.exports.tagSentence(sentence);
  writeFileSync(`${TAGGER}.cache`, tagger.script.createCachedData());
  await cacheReaders();
}

/** Sentences of the kind draft reads, so that the tagger's working functions are in its cache. */
const SENTENCES = [
  "About two years ago a few of us started meeting with the council's children and families team.",
  'Since last spring the new booking hub has been run jointly by parents and staff.',
  'Officers set the priorities after listening events with residents.',
];

main().catch((error) => {
  process.stderr.write(
    `build: could not make the code cache (copro works without it, only slower to start): ${error.message}\n`,
  );
});
