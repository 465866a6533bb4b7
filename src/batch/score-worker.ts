// The worker side of `copro assess --jobs N` (score-parallel.ts): scores each task's files with
// the same code as the main thread and sends the outcomes back in the task's order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Outcome } from './outcome.js';
import { scoreOne } from './score-files.js';
import { rendererFor, toReply, type WorkerSetup, type WorkerTask } from './score-parallel.js';

export async function scoreWorker(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const { framework, limits } = setup;
  // Messages wait on the port until the listener below is added.
  const render = await rendererFor(setup);
  parentPort!.on('message', async ({ start, files }: WorkerTask) => {
    const outcomes: Outcome[] = [];
    for (const file of files) outcomes.push(await scoreOne(framework, file, limits, render));
    const { reply, transfer } = toReply(start, outcomes);
    parentPort!.postMessage(reply, transfer);
  });
}
