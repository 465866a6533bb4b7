// @ts-check
// The pages' scripts and stylesheets, for the build (build.mjs) and for the tests (vitest.config.ts):
//  - The self-assessment page's script: src/browser/form-app.ts with copro's own core, the project
//    schema's validator and the yaml package, bundled for the browser into one file that
//    `copro form` and `copro hub` inline into the page (never a second implementation of the
//    scoring).
//  - The scripts of the indexes (src/browser/hub-app.ts, report-app.ts) and the stylesheets
//    (src/render/**/*.css), which the renderers import as text: `import HUB_SCRIPT from
//    '../../browser/hub-app.ts?script'` is the script bundled for the browser, `import STYLE from
//    './style.css?style'` the stylesheet without its comments and spaces (src/page-assets.d.ts
//    types both). Every page carries its stylesheet, so it is kept small; the source is readable.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, transform } from 'esbuild';

/** How every script of a page is bundled: one file for any browser of the last five years, inline-safe. */
/** @type {import('esbuild').BuildOptions} */
const FOR_THE_PAGE = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  // The script may be inlined in a <script> element: no "</script" may appear in it.
  supported: { 'inline-script': false },
  logLevel: 'warning',
};

/**
 * The self-assessment page's script, written to `outfile`. `validators`: the schema validators ajv
 * generated at build time, in place of src/io/schema-compile.ts.
 * @param {string} root
 * @param {string} outfile
 * @param {string} validators
 */
export async function buildBrowser(root, outfile, validators) {
  /** @type {import('esbuild').Plugin} */
  const generatedValidators = {
    name: 'generated-validators',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/schema-compile\.js$/ }, (args) =>
        args.importer.endsWith('schema-validators.ts') ? { path: validators } : undefined,
      );
    },
  };
  await build({
    ...FOR_THE_PAGE,
    plugins: [generatedValidators, pageAssets(root)],
    entryPoints: ['src/browser/form-app.ts'],
    outfile,
    absWorkingDir: root,
  });
}

/**
 * The script of `entry` (a file of src/browser/), bundled for the browser, as text. Its files are
 * named in `files`, when given, so that a watching bundler knows to build again when one changes.
 * @param {string} root
 * @param {string} entry
 * @param {string[]} [files]
 */
async function browserScript(root, entry, files) {
  const result = await build({
    ...FOR_THE_PAGE,
    plugins: [pageAssets(root)],
    entryPoints: [entry],
    write: false,
    metafile: true,
    absWorkingDir: root,
  });
  files?.push(...Object.keys(result.metafile?.inputs ?? {}).map((input) => resolve(root, input)));
  const [script] = result.outputFiles ?? [];
  if (!script) throw new Error(`build: esbuild gave no script for ${entry}`);
  return script.text;
}

/**
 * The stylesheet at `path` as a page carries it: its rules as written, without comments, line
 * breaks or the spaces around them (whitespace only: no rule is changed, merged or reordered).
 * @param {string} path
 */
async function pageStyle(path) {
  return (await transform(readFileSync(path, 'utf8'), { loader: 'css', minifyWhitespace: true, sourcefile: path }))
    .code;
}

/** An import that asks for a page's asset as text: the path, then what it is. */
const ASSET = /^(.*)\?(script|style)$/;

/**
 * The text of an asset: a script bundled for the browser, or a stylesheet made small.
 * @param {string} root
 * @param {string} path
 * @param {string} kind
 * @param {string[]} [files]
 */
const assetText = (root, path, kind, files) =>
  kind === 'script' ? browserScript(root, path, files) : (files?.push(path), pageStyle(path));

/**
 * The esbuild plugin that gives the renderers their pages' assets as text.
 * @param {string} root
 * @returns {import('esbuild').Plugin}
 */
export function pageAssets(root) {
  return {
    name: 'page-assets',
    setup(esbuild) {
      esbuild.onResolve({ filter: ASSET }, (args) => {
        const [, path, kind] = /** @type {RegExpMatchArray} */ (args.path.match(ASSET));
        return { path: resolve(args.resolveDir, /** @type {string} */ (path)), namespace: `page-${kind}` };
      });
      for (const kind of ['script', 'style'])
        esbuild.onLoad({ filter: /.*/, namespace: `page-${kind}` }, async (args) => {
          /** @type {string[]} */
          const watchFiles = [];
          return { contents: await assetText(root, args.path, kind, watchFiles), loader: 'text', watchFiles };
        });
    },
  };
}

/**
 * The same for vitest (a Vite plugin). The module's id does not end ".css", so that the handling
 * of stylesheets in Vite and vitest leaves it alone (vitest would make it an empty module).
 * @param {string} root
 */
export function pageAssetsForVite(root) {
  const PREFIX = '\0page-asset:';
  return {
    name: 'page-assets',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer */
    resolveId(source, importer) {
      const asked = source.match(ASSET);
      if (!asked || !importer) return null;
      return `${PREFIX}${asked[2]}:${resolve(dirname(importer), /** @type {string} */ (asked[1]))}:text`;
    },
    /** @param {string} id */
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [kind, ...path] = id.slice(PREFIX.length, -':text'.length).split(':');
      return `export default ${JSON.stringify(await assetText(root, path.join(':'), /** @type {string} */ (kind)))};`;
    },
  };
}
