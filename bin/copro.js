#!/usr/bin/env node
// Launcher: the CLI is bundled into dist/ when the package is installed (npm install runs the
// build), and loaded from there with its code cache (load-bundle.cjs). CommonJS (bin/package.json
// says so): starting an ES module costs Node a few milliseconds more, at every run.
'use strict';
const { dirname } = require('node:path');

let bundle;
try {
  bundle = require('./load-bundle.cjs').loadBundle();
} catch (error) {
  // No bundle (never built, or a build that failed): say how to make one, not a stack trace.
  const reason =
    error.code === 'ENOENT'
      ? 'dist/bundle/copro.cjs is missing'
      : `its bundle could not be loaded: ${String(error.message).split('\n')[0]}`;
  process.stderr.write(
    `copro: copro is not built (${reason}): run \`npm run build\` (or \`npm install\`) in ${dirname(__dirname)}\n`,
  );
  process.exit(2);
}
bundle.exports.main(process.argv).then((code) => {
  process.exitCode = code;
});
