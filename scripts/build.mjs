// @ts-check
// Build: runs on `npm install` (the prepare script) and before `npm test`.
//  1. tsc type-checks src/ and compiles it to dist/ (used by the steps below).
//  2. ajv generates the schema validators as code (dist/generated/schema-validators.js), so the
//     CLI never compiles a schema as it starts.
//  3. The bundled framework is read, checked and hashed once (dist/default-framework.cache), and
//     the list of places read once (dist/places.cache).
//  4. esbuild bundles the CLI and its dependencies into dist/bundle/copro.cjs, with the generated
//     validators in place of runtime compilation: one file loads much faster than the hundred or
//     so modules behind it. Modules only the table output needs are still run only when used.
//     The pages' scripts are bundled for the browser (build-browser.mjs): the indexes' into the
//     CLI's bundle as text, with the stylesheets; the self-assessment page's into a file of its own.
//  5. The new build takes the place of dist/ in one step (steps 1-4 write to a folder beside it,
//     so a build that fails, or is still running, never leaves copro without a working dist/).
//  6. The bundle is run on the examples and V8's code cache for it is saved beside it.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildBrowser, pageAssets } from './build-browser.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(root, 'dist');
// Beside dist/ (so the last step is a rename on one file system) and two levels above the modules
// compiled into it, as dist/ is, so that they find the package's files from there too.
const building = join(root, `.dist-build-${process.pid}`);
const dist = (path) => join(building, path);
const importBuilt = (path) => import(pathToFileURL(dist(path)).href);

/** Puts the finished build in the place of dist/: two renames, the old build removed after. */
function swapIntoPlace() {
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(building, DIST);
  rmSync(old, { recursive: true, force: true });
}

/**
 * bin/load-bundle.cjs reads the CLI's bundle as latin1, which is right only while it is ASCII.
 * esbuild escapes other characters in strings but not in regular expressions, where a "’" would
 * then match three other characters: such a character must be written as \u2019 in the source.
 */
function refuseNonAscii(file) {
  const text = readFileSync(file, 'latin1');
  const at = [...text].findIndex((c) => c.charCodeAt(0) > 0x7f);
  if (at < 0) return;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const near = text.slice(Math.max(0, at - 60), at + 20);
  throw new Error(
    `build: dist/${relative(building, file).split(sep).join('/')} line ${line} holds a character that is not ASCII, near: ${near}\n` +
      'Write it as a \\u escape in the source (a regular expression is not escaped by esbuild).',
  );
}

try {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', building],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );

  // The CLI validates projects and frameworks; the report schema is for the tests and for readers.
  const { standaloneValidators } = await importBuilt('io/schema-compile.js');
  const validators = dist('generated/schema-validators.js');
  mkdirSync(dist('generated'), { recursive: true });
  // The fallback is imported by a path relative to the generated module (dist/generated/ and the
  // folder it is built in are both two levels below the package), so no path of the machine
  // that built it is written into it. It is resolved only by esbuild, when bundling.
  const compileWhenUsed = relative(dirname(validators), join(root, 'src', 'io', 'schema-compile.ts'))
    .split(sep)
    .join('/');
  writeFileSync(
    validators,
    `${standaloneValidators(['project', 'framework'])}
  import { compiledValidator as compileWhenUsed } from ${JSON.stringify(compileWhenUsed)};
  export function compiledValidator(name) {
    return validators[name] ?? compileWhenUsed(name);
  }
  `,
  );

  // dist/places.cache: the list of places, read once here rather than at every start (PLACES_CACHE).
  const { placesCacheEntry } = await importBuilt('io/load-places.js');
  writeFileSync(dist('places.cache'), placesCacheEntry());

  const { frameworkCacheEntry } = await importBuilt('io/framework-cache.js');
  const cacheEntry = await frameworkCacheEntry();
  // dist/default-framework.cache once in place (FRAMEWORK_CACHE).
  if (cacheEntry) writeFileSync(dist('default-framework.cache'), cacheEntry);
  else
    process.stderr.write(
      'build: the bundled framework is not valid, so it is not cached; copro will say what is wrong\n',
    );

  /** In the bundle, the generated validators stand in for src/io/schema-compile.ts. */
  const generatedValidators = {
    name: 'generated-validators',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/schema-compile\.js$/ }, (args) =>
        args.importer.endsWith('schema-validators.ts') ? { path: validators } : undefined,
      );
    },
  };

  /**
   * Node's built-in modules that the CLI needs only now and then, loaded when first used rather
   * than at every start (each costs milliseconds): commander requires node:child_process only to
   * run executable subcommands, which copro does not have; node:crypto (which loads the stream
   * modules) names temporary files and hashes frameworks that are not cached; copro reads files
   * with node:fs's synchronous calls, so node:fs/promises is rarely needed; node:worker_threads
   * only for a large batch; node:tty (which loads node:net and Node's whole stream machinery, some
   * 25 modules) only to ask whether output is a terminal, which a JSON run to a file or pipe never
   * does; node:os for a temporary folder or the number of cores. Measured against the same bundle without it (one-file
   * `copro assess --format json`, interleaved runs, medians of 40-60 on the 2-core machine):
   * 2.9 %, 7.1 % and 7.2 % faster with it, so it stays (issue 12: kept only if it gains 2 % or more).
   */
  const LAZY_BUILTINS = /^node:(child_process|crypto|fs\/promises|os|tty|worker_threads)$/;
  const lazyBuiltins = {
    name: 'lazy-builtins',
    setup(esbuild) {
      esbuild.onResolve({ filter: LAZY_BUILTINS }, (args) =>
        // The stand-in's own require() is the real module.
        args.namespace === 'lazy-builtin'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'lazy-builtin' },
      );
      // One getter per export, so the bundle's import helpers, which copy the exports as getters,
      // touch nothing until a function is used.
      esbuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        contents: [
          'let loaded;',
          `for (const name of ${JSON.stringify(Object.keys(require(args.path)))}) {`,
          `  Object.defineProperty(exports, name, { enumerable: true, get: () => (loaded ??= require(${JSON.stringify(args.path)}))[name] });`,
          '}',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };

  /**
   * @inquirer/prompts, which only `copro init` uses when it asks questions, goes in a bundle of its
   * own (dist/bundle/inquirer.cjs), loaded when init asks: with the character-set tables it brings
   * along it would be most of the CLI's bundle, read at every start.
   */
  const INQUIRER_BUNDLE = './inquirer.cjs';
  const separateInquirer = {
    name: 'separate-inquirer',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^@inquirer\/prompts$/ }, () => ({ path: INQUIRER_BUNDLE, external: true }));
    },
  };

  await build({
    stdin: { contents: "export * from '@inquirer/prompts';", resolveDir: root, sourcefile: 'inquirer.js' },
    outfile: dist(`bundle/${INQUIRER_BUNDLE}`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    absWorkingDir: root,
    logLevel: 'warning',
  });

  /**
   * The document parsers (pdf.js, mammoth, postal-mime, html-to-text) only `copro draft` needs go
   * in bundles of their own, loaded when draft reads a document: they are several megabytes, which
   * every other command would otherwise read at start. dist/bundle/document-text.cjs is the small
   * part that tells formats apart and reads .txt and .md itself; each parser is a bundle of its own
   * (dist/bundle/reader-<name>.cjs), loaded with its code cache (bin/load-bundle.cjs) only when a
   * document of its format is read: a .txt loads none of them.
   */
  const READERS = ['html-to-text', 'mammoth', 'postal-mime', 'unpdf'];
  /** How draft's bundles are built: CommonJS for Node, import() as require(). @type {import('esbuild').BuildOptions} */
  const DRAFT_BUNDLE = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    supported: { 'dynamic-import': false },
    absWorkingDir: root,
    logLevel: 'error',
  };
  async function readerBundles() {
    const stubs = new Map();
    for (const name of READERS) {
      const module = await import(name);
      const file = `reader-${name}.cjs`;
      const names = Object.keys(module).filter((key) => key !== 'default' && key !== 'module.exports');
      await build({
        stdin: {
          contents: `export * from '${name}';${'default' in module ? ` export { default } from '${name}';` : ''}`,
          resolveDir: root,
          sourcefile: `${name}.js`,
        },
        outfile: dist(`bundle/${file}`),
        ...DRAFT_BUNDLE,
      });
      stubs.set(name, readerStub(file, module, names));
    }
    return {
      name: 'separate-readers',
      setup(esbuild) {
        esbuild.onResolve({ filter: new RegExp(`^(${READERS.join('|')})$`) }, (args) =>
          args.namespace === 'reader' ? undefined : { path: args.path, namespace: 'reader' },
        );
        esbuild.onLoad({ filter: /.*/, namespace: 'reader' }, (args) => ({
          contents: stubs.get(args.path),
          loader: 'js',
        }));
      },
    };
  }

  /**
   * What document-text.cjs has in a parser's place: the same exports, each a function that loads
   * the parser's bundle when first called (so only calls are forwarded: the parsers are used only
   * by calling a function, or a static method of the default export, never with \`new\`).
   */
  function readerStub(file, module, names) {
    const forward = (path) => `(...args) => load()${path}(...args)`;
    const lines = [
      "const { join } = require('node:path');",
      'let loaded;',
      `const load = () => (loaded ??= require(join(__dirname, '..', '..', 'bin', 'load-bundle.cjs')).loadBundle(join(__dirname, ${JSON.stringify(file)})).exports);`,
      ...names
        .filter((key) => typeof module[key] === 'function')
        .map((key) => `export const ${key} = ${forward(`.${key}`)};`),
    ];
    if ('default' in module) {
      const methods = Object.getOwnPropertyNames(module.default).filter(
        (key) => typeof module.default[key] === 'function' && !['length', 'name', 'prototype'].includes(key),
      );
      lines.push(
        `export default { ${methods.map((key) => `${JSON.stringify(key)}: ${forward(`.default[${JSON.stringify(key)}]`)}`).join(', ')} };`,
      );
    }
    return lines.join('\n');
  }

  const DOCUMENT_BUNDLE = './document-text.cjs';
  const separateDocumentReaders = {
    name: 'separate-document-readers',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/document-text\.js$/ }, () => ({ path: DOCUMENT_BUNDLE, external: true }));
    },
  };

  const readers = await readerBundles();
  await build({
    entryPoints: ['src/io/document-text.ts'],
    outfile: dist(`bundle/${DOCUMENT_BUNDLE}`),
    ...DRAFT_BUNDLE,
    plugins: [readers],
  });

  /**
   * The reader's language model (wink-nlp and its English model), which only `copro draft` needs,
   * goes in a bundle of its own (dist/bundle/tagger.cjs), loaded when draft reads a sentence.
   */
  const TAGGER_BUNDLE = './tagger.cjs';
  const separateTagger = {
    name: 'separate-tagger',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/tagger\.js$/ }, () => ({ path: TAGGER_BUNDLE, external: true }));
    },
  };

  await build({
    entryPoints: ['src/io/tagger.ts'],
    outfile: dist(`bundle/${TAGGER_BUNDLE}`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    absWorkingDir: root,
    logLevel: 'error',
  });

  await build({
    entryPoints: ['src/cli/entry.ts'],
    outfile: dist('bundle/copro.cjs'),
    bundle: true,
    // CommonJS, so that bin/load-bundle.cjs can hand V8 a code cache (ES modules cannot take one).
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__coproModuleUrl' },
    banner: { js: "var __coproModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Less to read at every start; names are kept, for stack traces (COPRO_DEBUG).
    minifyWhitespace: true,
    minifySyntax: true,
    // import() becomes require(): the bundle runs as a script (bin/load-bundle.cjs), where import()
    // would need a loader of its own.
    supported: { 'dynamic-import': false },
    plugins: [
      generatedValidators,
      lazyBuiltins,
      separateInquirer,
      separateDocumentReaders,
      separateTagger,
      pageAssets(root),
    ],
    absWorkingDir: root,
    logLevel: 'warning',
  });

  refuseNonAscii(dist('bundle/copro.cjs'));

  // The self-assessment page's script (copro form, copro hub): dist/bundle/form-app.js. It checks a
  // project with the same generated validator as the CLI, without the CLI's fallback (which
  // compiles schemas from files, as a page cannot).
  const browserValidators = dist('generated/schema-validators.browser.js');
  writeFileSync(
    browserValidators,
    `${standaloneValidators(['project'])}
  export function compiledValidator(name) {
    const validate = validators[name];
    if (!validate) throw new Error('no validator for the ' + name + ' schema in the page');
    return validate;
  }
  `,
  );
  await buildBrowser(root, dist('bundle/form-app.js'), browserValidators);

  swapIntoPlace();
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  throw error;
}

// Made in place: the cache is for the bundle where it runs, which finds its files from dist/.
execFileSync(process.execPath, [fileURLToPath(new URL('./code-cache.cjs', import.meta.url))], {
  stdio: 'inherit',
  cwd: root,
});
