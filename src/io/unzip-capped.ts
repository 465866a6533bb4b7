// Unpacks the parts of a zip (a .docx) that copro reads, counting every byte as it is inflated and
// stopping at the limit. A zip's directory states each file's size, but a hostile one lies (100
// bytes declared, gigabytes inside), and a library that unpacks a whole file before checking
// (mammoth's, through JSZip) would fill memory first. fflate's streaming Unzip is fed a few
// kilobytes at a time, so no single step can produce more than a few megabytes; between steps
// copro lets the event loop run, so Ctrl-C and SIGTERM end it at once.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { eventLoopTurn, TURN_MS } from './event-loop.js';

/** Compressed bytes fed at a time: deflate grows at most about 1,000 times, so one step makes at most ~4 MB. */
const STEP = 4 * 1024;

export type Unzipped = { ok: true; files: Record<string, Uint8Array> } | { ok: false; reason: 'too-big' | 'damaged' };

/** The files `wanted` picks, unpacked; too-big as soon as they come to more than `maxBytes`. */
export async function unzipCapped(
  zip: Uint8Array,
  maxBytes: number,
  wanted: (name: string) => boolean,
): Promise<Unzipped> {
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let stop: 'too-big' | 'damaged' | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name) || parts.has(file.name)) return; // never started: skipped, not inflated
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, data) => {
      if (stop) return;
      if (error) stop = 'damaged';
      else if ((total += data.length) > maxBytes) stop = 'too-big';
      else chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let turnAt = Date.now() + TURN_MS;
  try {
    for (let at = 0; at < zip.length && !stop; at += STEP) {
      unzip.push(zip.subarray(at, at + STEP), at + STEP >= zip.length);
      if (Date.now() > turnAt) {
        await eventLoopTurn();
        turnAt = Date.now() + TURN_MS;
      }
    }
  } catch {
    stop ??= 'damaged';
  }
  if (stop) return { ok: false, reason: stop };
  const files: Record<string, Uint8Array> = {};
  for (const [name, chunks] of parts) files[name] = Buffer.concat(chunks);
  return { ok: true, files };
}
