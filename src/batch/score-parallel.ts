// `copro assess --jobs N`: the files of a large batch scored by N threads, this one and N - 1
// worker threads (score-worker.ts), all running the same code on chunks of files. This thread
// also hands every outcome on, strictly in file order, so the report is the same as from one
// thread; it scores a chunk itself only while the outcome next in line is not ready and not too
// many are waiting, which keeps memory small whatever the order chunks finish in.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadedFramework } from '../core/model/types.js';
import type { ReadLimits } from '../io/limits.js';
import { PACKAGE_ROOT } from '../io/package-paths.js';
import { eventLoopTurn } from '../io/event-loop.js';
import type { Outcome, RenderResult } from './outcome.js';
import { resultItem } from '../render/json/render.js';
import type { HubRenderSetup } from '../render/hub/rendered.js';

/** Runs the bundled CLI's worker side (dist/bundle/copro.cjs, so only in the built CLI). */
const WORKER_SCRIPT = join(PACKAGE_ROOT, 'bin', 'score-worker.cjs');

/** Below this many files, starting a worker costs more than it saves. */
export const PARALLEL_FROM = 200;
const CHUNK = 32;
/** Chunks each worker has in hand, so it never waits for this thread to send the next. */
const CHUNKS_IN_HAND = 2;
/** Outcomes this thread may hold back, waiting for their turn, before it stops scoring. */
const MAX_WAITING = 4 * CHUNK;
export const MAX_JOBS = 64;
/** The default stops here: this thread renders every result, so more workers would mostly wait. */
const DEFAULT_MAX_JOBS = 4;
/**
 * Cores the default counts for each scoring thread. A thread is a V8 instance of its own, which
 * compiles and optimises copro's code again for itself on V8's helper threads, and collects its
 * own garbage there: on 10,000 files one thread kept about 1.2 cores busy, and a second one on
 * two cores bought 5 % of the time for 42 % more CPU and 89 MB more memory (BENCHMARKS.md, issue
 * 24, third round). So a thread is started only where it finds a core and a half free.
 */
const CORES_PER_THREAD = 1.5;

/** What every thread scores with: the same framework and the same limits, and whether it renders JSON report text. */
export interface WorkerSetup {
  framework: LoadedFramework;
  limits: ReadLimits;
  renderJson?: boolean;
  /** Render each project's share of a hub (render/hub/rendered.ts) instead. */
  renderHub?: HubRenderSetup;
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
 * anyway, so nothing the report shows is changed by the trip. Report text a worker rendered
 * travels apart, as UTF-8 bytes end to end in one buffer handed over (not copied): this thread
 * writes them as they are, and holds no large strings for its garbage collector to move.
 */
export interface WorkerReply {
  start: number;
  outcomes: string;
  /** The rendered text of the outcomes that have one, in order, as UTF-8, end to end. */
  text: Uint8Array;
  /** How many bytes of `text` each of them takes. */
  lengths: number[];
}

/** A task's outcomes as a reply, and the buffer to hand over with it. */
export function toReply(start: number, outcomes: Outcome[]): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  const pieces: Uint8Array[] = [];
  const light = outcomes.map((outcome) => {
    if (!('rendered' in outcome)) return outcome;
    pieces.push(typeof outcome.rendered === 'string' ? encoder.encode(outcome.rendered) : outcome.rendered);
    return { ...outcome, rendered: '' };
  });
  // A buffer of its own (not a slice of a shared pool), so that it can be handed over whole.
  const text = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    text.set(piece, at);
    at += piece.length;
  }
  const reply = { start, outcomes: JSON.stringify(light), text, lengths: pieces.map((piece) => piece.length) };
  return { reply, transfer: [text.buffer] };
}

/** The outcomes of a reply, with their rendered text put back (as views of the reply's buffer). */
export function fromReply({ outcomes, text, lengths }: WorkerReply): Outcome[] {
  let next = 0;
  let at = 0;
  return (JSON.parse(outcomes) as Outcome[]).map((outcome) => {
    if (!('rendered' in outcome)) return outcome;
    const length = lengths[next++]!;
    const rendered = text.subarray(at, at + length);
    at += length;
    return { ...outcome, rendered };
  });
}

/**
 * Threads for a batch when `--jobs` is not given: one for a small batch; otherwise one for each
 * core and a half not already busy (the cores Node may use, less the load average of the last
 * minute, which is 0 where the system does not keep one), from one to four. `--jobs N` is obeyed
 * as given.
 */
export function defaultJobs(files: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (files < PARALLEL_FROM) return 1;
  const free = cores - load;
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, Math.floor(free / CORES_PER_THREAD)));
}

type ScoreOne = (
  framework: LoadedFramework,
  file: string,
  limits: ReadLimits,
  render?: RenderResult,
) => Promise<Outcome>;

const encoder = new TextEncoder();

/**
 * The renderer a setup asks for: JSON report text, or none (the outcome carries the scorecard).
 * The text is encoded as UTF-8 at once: it waits for its turn (or its trip from a worker) as bytes
 * outside the heap, where large strings held back would be moved and collected again and again by
 * the garbage collector of the thread that holds them.
 */
export async function rendererFor(setup: WorkerSetup): Promise<RenderResult | undefined> {
  if (setup.renderHub) {
    // Loaded only for a hub, so that no other command pays for the hub's renderers at start.
    const { hubRenderer } = await import('../render/hub/rendered.js');
    return hubRenderer(setup.framework, setup.renderHub);
  }
  return setup.renderJson ? (result) => encoder.encode(resultItem(result)) : undefined;
}
/** A batch's shared state: which files have been handed out, which outcomes wait for their turn. */
class Batch {
  private readonly waiting = new Map<number, Outcome>();
  private nextToSend = 0;
  private nextToTake = 0;
  private wake: (() => void) | undefined;
  failure: Error | undefined;

  constructor(private readonly files: string[]) {}

  get unsent(): boolean {
    return this.nextToSend < this.files.length;
  }

  get done(): boolean {
    return this.nextToTake === this.files.length;
  }

  /** Room to score ahead: more outcomes may be held back until their turn. */
  get roomAhead(): boolean {
    return this.waiting.size < MAX_WAITING;
  }

  nextTask(): WorkerTask {
    const start = this.nextToSend;
    this.nextToSend = Math.min(this.files.length, start + CHUNK);
    return { start, files: this.files.slice(start, this.nextToSend) };
  }

  store(start: number, outcomes: Outcome[]): void {
    outcomes.forEach((outcome, index) => this.waiting.set(start + index, outcome));
    this.notify();
  }

  /** The outcome next in file order, if it is ready. */
  takeNext(): Outcome | undefined {
    const outcome = this.waiting.get(this.nextToTake);
    if (outcome) this.waiting.delete(this.nextToTake++);
    return outcome;
  }

  fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  /** Resolves when outcomes arrive or a worker fails. */
  changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
}

/**
 * A worker's young generation is capped: it holds a chunk of files at a time, and V8's default
 * let each worker grow some 30 MB more for no speed (measured on 10,000 files).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

function startWorker(setup: WorkerSetup, batch: Batch): Worker {
  const worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: WORKER_LIMITS });
  worker.on('message', (reply: WorkerReply) => {
    if (batch.unsent) worker.postMessage(batch.nextTask());
    batch.store(reply.start, fromReply(reply));
  });
  worker.on('error', (error) => batch.fail(error));
  worker.on('exit', (code) => {
    if (!batch.done) batch.fail(new Error(`a worker thread stopped (exit code ${code}) before the batch was done`));
  });
  return worker;
}

async function scoreChunkHere(
  setup: WorkerSetup,
  render: RenderResult | undefined,
  batch: Batch,
  scoreOne: ScoreOne,
): Promise<void> {
  const { start, files } = batch.nextTask();
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await scoreOne(setup.framework, file, setup.limits, render));
  batch.store(start, outcomes);
  await eventLoopTurn(); // let replies (and Ctrl-C) in
}

export async function scoreInParallel(
  setup: WorkerSetup,
  files: string[],
  jobs: number,
  scoreOne: ScoreOne,
  take: (outcome: Outcome) => void,
): Promise<void> {
  const batch = new Batch(files);
  const render = await rendererFor(setup);
  // No more workers than there are chunks for them beside this thread's.
  const workers = Array.from({ length: Math.min(jobs - 1, Math.ceil(files.length / CHUNK) - 1) }, () =>
    startWorker(setup, batch),
  );
  for (let round = 0; round < CHUNKS_IN_HAND; round++) {
    for (const worker of workers) if (batch.unsent) worker.postMessage(batch.nextTask());
  }
  try {
    let taken = 0;
    while (!batch.done) {
      if (batch.failure) throw batch.failure;
      const outcome = batch.takeNext();
      if (outcome) {
        take(outcome);
        if (++taken % CHUNK === 0) await eventLoopTurn();
      } else if (batch.unsent && batch.roomAhead) await scoreChunkHere(setup, render, batch, scoreOne);
      else await batch.changed();
    }
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}
