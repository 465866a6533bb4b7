// @ts-check
// The self-assessment page's script: src/browser/form-app.ts with copro's own core, the project
// schema's validator and the yaml package, bundled for the browser into one file that `copro form` and `copro hub` inline into
// the page (never a second implementation of the scoring). Called by build.mjs.
import { build } from 'esbuild';

/** `validators`: the schema validators ajv generated at build time, in place of src/io/schema-compile.ts. */
export async function buildBrowser(root, outfile, validators) {
  const generatedValidators = {
    name: 'generated-validators',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/schema-compile\.js$/ }, (args) =>
        args.importer.endsWith('schema-validators.ts') ? { path: validators } : undefined,
      );
    },
  };
  await build({
    plugins: [generatedValidators],
    entryPoints: ['src/browser/form-app.ts'],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    // The script is inlined in a <script> element: no "</script" may appear in it.
    supported: { 'inline-script': false },
    absWorkingDir: root,
    logLevel: 'warning',
  });
}
