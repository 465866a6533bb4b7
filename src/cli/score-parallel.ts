// `copro assess --jobs N`: the files of a large batch scored by N threads, this one and N - 1
// worker threads (score-worker.ts), all running the same code on chunks of files. This thread
// also hands every outcome on, strictly in file order, so the report is the same as from one
// thread; it scores a chunk itself only while the outcome next in line is not ready and not too
// many are waiting, which keeps memory small whatever the order chunks finish in.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadedFramework } from '../core/types.js';
import type { ReadLimits } from '../io/limits.js';
import { PACKAGE_ROOT } from '../io/package-paths.js';
import type { Outcome } from './score-files.js';

/** Runs the bundled CLI's worker side (dist/bundle/copro.cjs, so only in the built CLI). */
const WORKER_SCRIPT = join(PACKAGE_ROOT, 'bin', 'score-worker.cjs');

/** Below this many files, starting a worker costs more than it saves. */
const PARALLEL_FROM = 200;
const CHUNK = 32;
/** Chunks each worker has in hand, so it never waits for this thread to send the next. */
const CHUNKS_IN_HAND = 2;
/** Outcomes this thread may hold back, waiting for their turn, before it stops scoring. */
const MAX_WAITING = 8 * CHUNK;
export const MAX_JOBS = 64;
/** The default stops here: this thread renders every result, so more workers would mostly wait. */
const DEFAULT_MAX_JOBS = 4;

/** What every thread scores with: the same framework and the same limits. */
export interface WorkerSetup {
  framework: LoadedFramework;
  limits: ReadLimits;
}

/** Sent to a worker: files to score, numbered from `start`. */
export interface WorkerTask {
  start: number;
  files: string[];
}

/**
 * Sent back: the outcomes of a task's files, in its order, as JSON text. JSON rather than the
 * structured clone postMessage would make: it costs this thread half as much to take in, and
 * this is the thread that also writes the report. Outcomes are plain data that end up as JSON
 * anyway, so nothing the report shows is changed by the trip.
 */
export interface WorkerReply {
  start: number;
  outcomes: string;
}

export function defaultJobs(files: number): number {
  return files >= PARALLEL_FROM ? Math.min(availableParallelism(), DEFAULT_MAX_JOBS) : 1;
}

const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function scoreInParallel(
  setup: WorkerSetup,
  files: string[],
  jobs: number,
  scoreOne: (framework: LoadedFramework, file: string, limits: ReadLimits) => Promise<Outcome>,
  take: (outcome: Outcome) => void,
): Promise<void> {
  const waiting = new Map<number, Outcome>();
  let nextToSend = 0;
  let nextToTake = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const nextTask = (): WorkerTask => {
    const start = nextToSend;
    nextToSend = Math.min(files.length, start + CHUNK);
    return { start, files: files.slice(start, nextToSend) };
  };

  const workers: Worker[] = [];
  const workerCount = Math.min(jobs - 1, Math.ceil(files.length / CHUNK) - 1);
  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(WORKER_SCRIPT, { workerData: setup });
    worker.on('message', ({ start, outcomes }: WorkerReply) => {
      (JSON.parse(outcomes) as Outcome[]).forEach((outcome, index) => waiting.set(start + index, outcome));
      if (nextToSend < files.length) worker.postMessage(nextTask());
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (nextToTake < files.length) failure ??= new Error(`a worker thread stopped (exit code ${code}) before the batch was done`);
      notify();
    });
    workers.push(worker);
  }
  for (let round = 0; round < CHUNKS_IN_HAND; round++) {
    for (const worker of workers) if (nextToSend < files.length) worker.postMessage(nextTask());
  }

  try {
    let taken = 0;
    while (nextToTake < files.length) {
      if (failure) throw failure;
      const outcome = waiting.get(nextToTake);
      if (outcome) {
        waiting.delete(nextToTake++);
        take(outcome);
        if (++taken % CHUNK === 0) await eventLoopTurn(); // let replies (and Ctrl-C) in
      } else if (nextToSend < files.length && waiting.size < MAX_WAITING) {
        const task = nextTask();
        for (const [index, file] of task.files.entries()) waiting.set(task.start + index, await scoreOne(setup.framework, file, setup.limits));
        await eventLoopTurn();
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}
