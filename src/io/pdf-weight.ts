// How much a PDF's pages would make pdf.js unpack and parse, found before pdf.js reads them. A PDF
// can pack megabytes of drawing instructions into a few kilobytes, and let hundreds of pages share
// them: pdf.js would unpack and parse them again for every page, for minutes, using gigabytes.
// Each stream is unpacked once here (FlateDecode is zlib), with fflate's streaming Unzlib and a
// running count that stops at the limit; each page's share is counted for every page that draws
// it. Pictures are never unpacked (reading text does not draw them). This is a measure taken from the file's own
// structure, as pdf.js will find it in an undamaged file; a damaged file pdf.js repairs may draw
// less, never more than its streams hold.
import { Unzlib } from 'fflate';

export type PdfWeight = { ok: true } | { ok: false; reason: 'pages' | 'streams' };

/** Compressed bytes inflated at a time, and how long that runs before letting signals in. */
const STEP = 4 * 1024;
const TURN_MS = 50;
const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Budget {
  left: number;
  turnAt: number;
}

/** A stream's bytes, unpacked when Flate-compressed; undefined past the budget. */
async function unpacked(data: Uint8Array, flate: boolean, budget: Budget, keep: boolean) {
  if (!flate) {
    budget.left -= data.length;
    return budget.left < 0 ? undefined : { size: data.length, bytes: keep ? data : undefined };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
    budget.left -= chunk.length;
    if (keep && budget.left >= 0) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && budget.left >= 0; at += STEP) {
      inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
      if (Date.now() > budget.turnAt) {
        await eventLoopTurn();
        budget.turnAt = Date.now() + TURN_MS;
      }
    }
  } catch {
    // A damaged stream counts for what it gave before the damage, as pdf.js reads it.
  }
  return budget.left < 0 ? undefined : { size, bytes: keep ? Buffer.concat(chunks) : undefined };
}

/** How far before a stream its object's dictionary is looked for. */
const DICTIONARY_CHARS = 4096;
const CONTENTS = /\/Contents\s*(\[[^\]]{0,4096}\]|\d+\s+\d+\s+R)/g;
const REFERENCE = /(\d+)\s+\d+\s+R/g;

function contentsReferences(text: string): number[] {
  const objects: number[] = [];
  for (const match of text.matchAll(CONTENTS))
    for (const ref of match[1]!.matchAll(REFERENCE)) objects.push(Number(ref[1]));
  return objects;
}

/**
 * Whether the pages of `pdf` would unpack to at most `maxPageBytes` (each page counted with what it
 * draws), and its streams to at most `maxStreamBytes` all told.
 */
export async function pdfWeight(pdf: Uint8Array, maxPageBytes: number, maxStreamBytes: number): Promise<PdfWeight> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const sizes = new Map<number, number>();
  const references = contentsReferences(text);
  const budget: Budget = { left: maxStreamBytes, turnAt: Date.now() + TURN_MS };
  // Each stream keyword once, forward only, with its dictionary from the few kilobytes before it:
  // linear in the file, however it is built.
  const keyword = /(?<!end)stream\r?\n/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const dataStart = match.index + match[0].length;
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) break;
    keyword.lastIndex = end + 9;
    const before = text.slice(Math.max(0, match.index - DICTIONARY_CHARS), match.index);
    const object = [...before.matchAll(/(\d+)\s+\d+\s+obj\b/g)].pop();
    if (!object) continue;
    const dictionary = before.slice(object.index);
    if (/\/Subtype\s*\/Image/.test(dictionary)) continue;
    const isObjectStream = /\/Type\s*\/ObjStm/.test(dictionary);
    const flate = /\/Filter\s*\[?\s*\/FlateDecode/.test(dictionary);
    const stream = await unpacked(pdf.subarray(dataStart, end), flate, budget, isObjectStream);
    if (!stream) return { ok: false, reason: 'streams' };
    sizes.set(Number(object[1]), stream.size);
    if (stream.bytes) references.push(...contentsReferences(Buffer.from(stream.bytes).toString('latin1')));
  }
  let pageBytes = 0;
  for (const object of references) pageBytes += sizes.get(object) ?? 0;
  return pageBytes > maxPageBytes ? { ok: false, reason: 'pages' } : { ok: true };
}
