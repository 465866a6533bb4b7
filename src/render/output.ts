// What a report sink writes to and holds text back in, declared here so that render needs
// nothing of io: the CLI hands in io's outputs (standard output, or a file written atomically)
// and spools (memory, then a temporary file), which have these shapes.
export interface ReportOutput {
  write(text: string): void;
  /** Write UTF-8 bytes as they are (a spooled report copied back), where the output can. */
  writeBytes?(bytes: Uint8Array): void;
}

/** Text kept in order until the end of a run, when the summary that goes before it is known. */
interface TextSpool {
  /** Text, or text already encoded as UTF-8 (a result a worker thread rendered). */
  append(text: string | Uint8Array): void;
  /** Hand every piece, in order, to `write` (or, given `writeBytes`, spooled bytes as they are), then forget them. */
  drainTo(write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void): void;
}

/** Makes a spool for one sink; each sink that holds text back asks for its own. */
export type NewSpool = () => TextSpool;
