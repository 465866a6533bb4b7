#!/usr/bin/env node
// Launcher: the CLI is bundled into dist/ when the package is installed (npm install runs the
// build), and loaded from there with its code cache (load-bundle.cjs). CommonJS (bin/package.json
// says so): starting an ES module costs Node a few milliseconds more, at every run.
'use strict';
require('./load-bundle.cjs')
  .loadBundle()
  .exports.main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
