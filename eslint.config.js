// @ts-check
// Lint that guards the shape of the code (see CONTRIBUTING.md, "The shape of the code"): no import
// cycles, and each layer imports only the layers below it:
//   core    imports nothing of copro's other layers (pure: no I/O, no rendering);
//   io      imports core only;            render  imports core only (its output is injected);
//   batch   imports core, io and render (a worker thread renders the results it scores);
//   cli     imports anything;
//   browser (the pages' scripts) imports core and render, and of io only the shared project
//           check (io/project-check.ts, pure): it runs in a page. render carries the indexes'
//           scripts as text, bundled for the browser.
// Besides those, the recommended rules of ESLint and typescript-eslint that the tree passes.
// Formatting is Prettier's business (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * `from` may not be imported by anything in `target`.
 * @param {string} target
 * @param {string[]} from
 * @param {string} message
 */
const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });

export default tseslint.config(
  { ignores: ['dist/', '.dist-build-*/', '.dist-old-*/', 'node_modules/', 'coverage/'] },
  // An eslint-disable comment that suppresses nothing is an error, so none outlives its reason.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files are parsed for their imports (import-x reads only .js files unless told),
      // and './x.js' is resolved to x.ts as tsc resolves it.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer(
              'core',
              ['io', 'render', 'batch', 'cli', 'browser'],
              'core is pure: it imports no I/O, rendering, batch or command code',
            ),
            layer(
              'io',
              ['render', 'batch', 'cli', 'browser'],
              'io reads and writes; it knows nothing of rendering, the batch runner or commands',
            ),
            layer(
              'render',
              ['io', 'batch', 'cli'],
              'render is pure text from results: its output and spool are handed to it',
            ),
            // The pages carry the indexes' scripts, which render imports as text ("?script": the
            // script bundled for the browser, scripts/build-browser.mjs), never as code.
            {
              target: './src/render',
              from: './src/browser',
              except: ['./hub-app.ts', './report-app.ts'],
              message:
                "render is pure text from results: of the browser scripts it takes only the pages' own, as text (?script)",
            },
            layer(
              'batch',
              ['cli', 'browser'],
              'the batch runner scores (and may render) results; the commands are above it',
            ),
            // Inside core, the rooms: the shapes (model/) and the small helpers (shared/) stand on
            // nothing else of core, so any room may use them without a cycle.
            {
              target: './src/core/model',
              from: './src/core',
              except: ['./model'],
              message: "core/model holds the shapes only: it imports nothing of core's other rooms",
            },
            {
              target: './src/core/shared',
              from: './src/core',
              except: ['./shared'],
              message: "core/shared holds small helpers: it imports nothing of core's other rooms",
            },
            layer('browser', ['batch', 'cli'], 'the browser script runs in a page: it has no threads or commands'),
            // The page checks a project with the CLI's own check (pure: data in, problems out), and
            // nothing else of io: it has no files.
            {
              target: './src/browser',
              from: './src/io',
              except: ['./project-check.ts'],
              message: 'the browser script runs in a page: of io it may use only project-check.ts, the shared check',
            },
          ],
        },
      ],
      // Unused names are errors, but a leading underscore says "unused on purpose" (a sink's summary).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build and benchmark scripts run in Node as plain JavaScript.
    files: ['scripts/**/*.{js,mjs,cjs}', 'bin/**/*.{js,cjs}', '*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
