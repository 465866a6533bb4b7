import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { pageAssetsForVite } from './scripts/build-browser.mjs';

/** The tests that open pages in Chromium (test/browser.ts). */
const BROWSER = [
  'test/e2e/compare-html.test.ts',
  'test/e2e/form-browser.test.ts',
  'test/e2e/html-print.test.ts',
  'test/e2e/html-report.test.ts',
  'test/e2e/hub-browser.test.ts',
];
/** Unit tests that need the build: the worker threads of `assess --jobs` run the bundle, and a few run bin/copro.js. */
const NEEDS_BUILD = ['test/unit/batch/score-parallel.test.ts', 'test/unit/cli/init-resume-draft.test.ts'];

// Three tiers (CONTRIBUTING.md, "Tests"): `npm run test:unit` runs the first alone, with no build and no
// browser; `npm test` builds copro and runs all three.
export default defineConfig({
  // The renderers import the pages' scripts and stylesheets as text, as the build gives them.
  plugins: [pageAssetsForVite(fileURLToPath(new URL('.', import.meta.url)))],
  test: {
    // End-to-end tests start the built CLI as a child process; give them room on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The unit tests share each worker's loaded modules rather than loading copro again for
          // every file (three times faster). They may: none mocks a module or changes shared state
          // (the bundled framework is copied before it is changed; spies are restored after each test).
          isolate: false,
          include: ['test/unit/**/*.test.ts', 'test/calibration.test.ts'],
          exclude: NEEDS_BUILD,
        },
      },
      {
        extends: true,
        test: { name: 'cli', include: ['test/e2e/**/*.test.ts', ...NEEDS_BUILD], exclude: BROWSER },
      },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
});
