// A pipe whose reader has gone (`copro … | head`): the run stops writing there but carries on to
// its end, so that its exit code still says what it found (a threshold missed is 1, an unreadable
// file 2) to a script that runs with `set -o pipefail`. Stopping the run at the first closed write
// would exit 0 and pass a check that failed.

const gone = { stdout: false, stderr: false };

export type StandardStream = keyof typeof gone;

/** The reader of standard output or error has gone: write nothing more there. */
export function markReaderGone(stream: StandardStream): void {
  gone[stream] = true;
}

/** True once the stream's reader has gone. */
export function readerGone(stream: StandardStream): boolean {
  return gone[stream];
}
