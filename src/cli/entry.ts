// What the bundle (dist/bundle/copro.cjs, built by scripts/build.mjs) exports: the CLI, and the
// worker side of `assess --jobs`, which bin/score-worker.cjs starts in each worker thread.
export { main } from './main.js';
export { scoreWorker } from '../batch/score-worker.js';
