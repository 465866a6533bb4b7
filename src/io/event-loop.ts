// Long steps that run on copro's one thread let the event loop turn now and then, so that a
// Ctrl-C or SIGTERM that came in is acted on (copro's handlers run only between such turns).

/** One turn of the event loop: pending signals, timers and replies are handled, then the work goes on. */
export const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long a step runs before it lets signals in: well inside 100 ms, so that Ctrl-C is felt at once. */
export const TURN_MS = 50;

/** A file this big takes long enough to read and check that a turn between the steps is worth it. */
export const LARGE_INPUT_BYTES = 256 * 1024;
