#!/usr/bin/env node
// Launcher: the CLI is bundled into dist/ when the package is installed (npm install runs the
// build), and loaded from there with its code cache (load-bundle.cjs).
import { createRequire } from 'node:module';

const { loadBundle } = createRequire(import.meta.url)('./load-bundle.cjs');

loadBundle()
  .exports.main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
