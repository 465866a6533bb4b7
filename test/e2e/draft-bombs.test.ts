// Issue 23 D1-D3 through the built CLI: documents built to exhaust memory or time are refused (or
// read) by themselves within a generous kill limit, and SIGTERM ends the run within 2 s while they
// are being read. Hang guards, not timings.
import { deflateSync, strToU8 } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, withSigterm } from '../cli-process.js';
import { lyingDocx } from '../draft-fixtures.js';
import { STACK_TRACE, tempDir } from '../helpers.js';

const SIGNAL_GUARD_MS = 2_000;
const KILL_GUARD_MS = 60_000;
const MB = 1024 * 1024;
const dir = tempDir();
const at = (name: string) => join(dir.path, name);
afterAll(() => dir.remove());

/** A one-page PDF whose content stream unpacks to `megabytes` of drawing, written by hand. */
function heavyPdf(megabytes: number): Uint8Array {
  const line = 'BT /F1 12 Tf 40 700 Td (Residents planned the garden.) Tj ET\n';
  const stream = deflateSync(strToU8(line.repeat(Math.ceil((megabytes * MB) / line.length))), { level: 9 });
  const head = strToU8(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj\n' +
      `4 0 obj << /Length ${stream.length + 2} /Filter /FlateDecode >> stream\n`,
  );
  // zlib's header, then the deflate data and its checksum (fflate's deflateSync gives raw deflate).
  const zlib = Buffer.concat([Buffer.from([0x78, 0xda]), stream, Buffer.alloc(4)]);
  const tail = strToU8(
    '\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  return Buffer.concat([head, zlib, tail]);
}

const CASES = [
  ['bomb.docx', /this Word document unpacks to more than the 100\.0 MB copro draft unpacks/],
  ['heavy.pdf', /this PDF's pages unpack to more than the 32\.0 MB copro draft reads/],
  ['deep.html', /^$/],
] as const;

beforeAll(() => {
  writeFileSync(at('bomb.docx'), lyingDocx(200));
  writeFileSync(at('heavy.pdf'), heavyPdf(50));
  writeFileSync(
    at('deep.html'),
    `<p>Residents planned the garden together.</p>${'<b>'.repeat(500_000)}<p>They voted.</p>`,
  );
}, 60_000);

describe('hostile documents given to copro draft', () => {
  for (const [name, message] of CASES) {
    it(
      `${name}: ends by itself, refused in words or read`,
      async () => {
        const run = await withSigterm(
          startCli(['draft', at(name), '-o', at(`${name}.yaml`)]),
          KILL_GUARD_MS,
          KILL_GUARD_MS,
        );
        expect(run.signal).toBeNull();
        expect(run.stderr).not.toMatch(STACK_TRACE);
        if (name === 'deep.html') expect(run.code, run.stderr).toBe(0);
        else {
          expect(run.code).toBe(2);
          expect(run.stderr.replace(/\n\s+/g, ' ')).toMatch(message);
        }
      },
      KILL_GUARD_MS + 10_000,
    );

    it(
      `${name}: SIGTERM while it is read ends the run within 2 s`,
      async () => {
        const run = await withSigterm(startCli(['draft', at(name), '-o', at(`${name}-2.yaml`)]), 400, KILL_GUARD_MS);
        if (run.tookMs === undefined) return; // it ended before the signal: nothing was left to stop
        expect(run.code).toBe(143);
        expect(run.tookMs).toBeLessThan(SIGNAL_GUARD_MS);
      },
      KILL_GUARD_MS + 10_000,
    );
  }
});
