// How much a PDF's pages would make pdf.js unpack and parse, found before pdf.js reads them. A PDF
// can pack megabytes of drawing instructions into a few kilobytes, and let hundreds of pages share
// them: pdf.js would unpack and parse them again for every page, for minutes, using gigabytes.
// Each stream is unpacked once here (FlateDecode is zlib), with fflate's streaming Unzlib and a
// running count that stops at the limit; each page's share is counted for every page that draws
// it. Pictures are never unpacked (reading text does not draw them). This is a measure taken from the file's own
// structure, as pdf.js will find it in an undamaged file; a damaged file pdf.js repairs may draw
// less, never more than its streams hold. Text encodings before Flate (ASCIIHex, ASCII85) are
// undone first; other filters are counted as stored.
import { Unzlib } from 'fflate';
import { eventLoopTurn, TURN_MS } from './event-loop.js';

export type PdfWeight = { ok: true } | { ok: false; reason: 'pages' | 'streams' };

/** Compressed bytes inflated at a time. */
const STEP = 4 * 1024;

interface Budget {
  left: number;
  turnAt: number;
}

/** The filters of a stream's dictionary, in the order they are undone: `/Filter /A` or `/Filter [/A /B]`. */
function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\[[^\]]{0,1000}\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1] ?? '';
  return [...filter.matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1]!);
}

/** ASCIIHexDecode: pairs of hex digits up to ">", spaces ignored (never longer than its input). */
function fromHex(data: Uint8Array): Uint8Array {
  let hex = Buffer.from(data).toString('latin1');
  const end = hex.indexOf('>');
  hex = (end < 0 ? hex : hex.slice(0, end)).replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

/** ASCII85Decode: groups of five characters from ! to u for four bytes, z for four zero bytes, up to "~>". */
function fromAscii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const byte of data) {
    if (byte === 0x7e) break; // "~>"
    if (byte === 0x7a && group.length === 0) out.push(0, 0, 0, 0);
    else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 0x21);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/**
 * A stream's bytes as pdf.js will parse them, as far as they can grow: text encodings (hex,
 * ASCII85, which only shrink) are undone, then Flate is unpacked with the running count. Other
 * filters (pictures, mostly) are counted as stored. Undefined past the budget.
 */
async function unpacked(stored: Uint8Array, filters: string[], budget: Budget, keep: boolean) {
  let data = stored;
  let next = 0;
  for (; next < filters.length; next++) {
    if (filters[next] === 'ASCIIHexDecode' || filters[next] === 'AHx') data = fromHex(data);
    else if (filters[next] === 'ASCII85Decode' || filters[next] === 'A85') data = fromAscii85(data);
    else break;
  }
  const flate = filters[next] === 'FlateDecode' || filters[next] === 'Fl';
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
    const stream = await unpacked(pdf.subarray(dataStart, end), filtersOf(dictionary), budget, isObjectStream);
    if (!stream) return { ok: false, reason: 'streams' };
    sizes.set(Number(object[1]), stream.size);
    if (stream.bytes) references.push(...contentsReferences(Buffer.from(stream.bytes).toString('latin1')));
  }
  let pageBytes = 0;
  for (const object of references) pageBytes += sizes.get(object) ?? 0;
  return pageBytes > maxPageBytes ? { ok: false, reason: 'pages' } : { ok: true };
}
