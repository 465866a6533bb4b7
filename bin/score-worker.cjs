// One worker thread of `copro assess --jobs N`: loads the bundled CLI (with its code cache) and
// scores the files the main thread sends it (src/batch/score-worker.ts).
'use strict';
require('./load-bundle.cjs').loadBundle().exports.scoreWorker();
