// Issue 23 D1-D3: documents built to exhaust memory or time are stopped at a limit, in words. The
// fixtures are made here, small on disk and quick to make; the limits are lowered where that
// keeps a test quick, and the default limits are used where the test is about them.
import { strToU8, zlibSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_LIMITS, type DraftLimits } from '../../../src/io/draft-limits.js';
import { documentText } from '../../../src/io/document-text.js';
import { docx, lyingDocx } from '../../draft-fixtures.js';

const MB = 1024 * 1024;
const limits = (changes: Partial<DraftLimits> = {}): DraftLimits => ({ ...DEFAULT_DRAFT_LIMITS, ...changes });

/** A PDF of `pages` pages that all draw one shared content stream, `stream` (Flate-compressed). */
async function sharedStreamPdf(pages: number, stream: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage();
  first.drawText('x', { x: 40, y: 700, size: 12, font }); // gives the page its font, as F1... below
  const fontName = [...first.node.Resources()!.lookup(PDFName.of('Font'), PDFDict).keys()][0]!.asString();
  const contents = doc.context.register(doc.context.flateStream(stream.replaceAll('/F1 ', `${fontName} `)));
  for (let n = 0; n < pages; n++) {
    const page = n === 0 ? first : doc.addPage();
    page.node.set(PDFName.of('Contents'), contents);
    page.node.set(PDFName.of('Resources'), first.node.Resources()!);
  }
  return doc.save();
}

describe('a .docx whose zip directory lies about its sizes (D1)', () => {
  it('is unpacked with a running count and stopped at the limit, in words', async () => {
    const result = await documentText('bomb.docx', lyingDocx(24), limits({ maxUnzippedBytes: 4 * MB }));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^this Word document unpacks to more than the 4\.0 MB copro draft unpacks, although its zip directory says less/,
      ),
    });
  });

  it('a Word document that tells the truth is still read', async () => {
    const result = await documentText('fine.docx', docx(['Residents voted on the budget.']), limits());
    expect(result.ok && result.document.text).toContain('Residents voted on the budget.');
  });
});

describe('a PDF whose pages share one large content stream (D2)', () => {
  const line = (n: number) =>
    `BT /F1 12 Tf 40 ${700 - (n % 40) * 16} Td (Residents planned the garden together, page text.) Tj ET\n`;

  it('stops reading pages once the text limit is reached, and says how many it read', async () => {
    const stream = Array.from({ length: 400 }, (_, n) => line(n)).join('');
    const result = await documentText(
      'shared.pdf',
      await sharedStreamPdf(300, stream),
      limits({ maxTextChars: 50_000 }),
    );
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    const notes = result.ok ? result.document.notes : [];
    expect(notes.join('\n')).toMatch(/only its first \d+ of 300 pages were read/);
  }, 60_000);

  it('refuses a PDF whose pages would unpack to more than the limit, before reading them', async () => {
    const stream = line(0).repeat(Math.ceil((40 * MB) / line(0).length));
    const result = await documentText('deep.pdf', await sharedStreamPdf(1, stream), limits());
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^this PDF's pages unpack to more than the 32\.0 MB copro draft reads/),
    });
  }, 60_000);
});

/** A one-page PDF written by hand whose content stream is `stream`, stored under `filters` as `stored`. */
function handMadePdf(stored: string, filters: string): Uint8Array {
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj',
    `4 0 obj << /Length ${stored.length} /Filter ${filters} >> stream\n${stored}\nendstream endobj`,
  ];
  return new TextEncoder().encode(`%PDF-1.4\n${objects.join('\n')}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

describe('a PDF whose content is Flate behind a text encoding (D2)', () => {
  const drawing = 'BT /F1 12 Tf 40 700 Td (Residents planned the garden.) Tj ET\n'.repeat(700_000); // ~40 MB
  const zlib = zlibSync(strToU8(drawing), { level: 9 });

  it('[/ASCIIHexDecode /FlateDecode]: measured unpacked, and refused', async () => {
    const pdf = handMadePdf(`${Buffer.from(zlib).toString('hex')}>`, '[/ASCIIHexDecode /FlateDecode]');
    const result = await documentText('hex.pdf', pdf, limits());
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^this PDF's pages unpack to more than/) });
  }, 60_000);

  it('[/ASCII85Decode /FlateDecode]: measured unpacked, and refused', async () => {
    const pdf = handMadePdf(`${ascii85(zlib)}~>`, '[/A85 /Fl]');
    const result = await documentText('a85.pdf', pdf, limits());
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^this PDF's pages unpack to more than/) });
  }, 60_000);
});

/** ASCII85, as PDF writers encode it (z for four zero bytes). */
function ascii85(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 4) {
    const chunk = [...bytes.subarray(at, at + 4)];
    const count = chunk.length;
    while (chunk.length < 4) chunk.push(0);
    const value = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    if (value === 0 && count === 4) {
      text += 'z';
      continue;
    }
    const digits: string[] = [];
    let rest = value;
    for (let i = 0; i < 5; i++) {
      digits.unshift(String.fromCharCode((rest % 85) + 33));
      rest = Math.floor(rest / 85);
    }
    text += digits.slice(0, count + 1).join('');
  }
  return text;
}

describe('HTML with many unclosed tags (D3)', () => {
  it('100,000 unclosed <b> tags: read in one pass, no stack overflow', async () => {
    const html = `<title>Our garden</title><p>Residents planned it.</p>${'<b>x '.repeat(100_000)}`;
    const result = await documentText('page.html', new TextEncoder().encode(html), limits());
    expect(result.ok).toBe(true);
    expect(result.ok && result.document.text).toContain('Residents planned it.');
    expect(result.ok && result.document.title).toBe('Our garden');
  }, 60_000);
});
