#!/usr/bin/env node
// Launcher: the CLI itself is compiled to dist/ when the package is installed (npm install).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
