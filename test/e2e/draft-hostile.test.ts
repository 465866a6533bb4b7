import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, DOCX_TYPE, eml, encryptedPdf, pdf, zipBomb } from '../draft-fixtures.js';
import { runCli, STACK_TRACE, tempDir, type CliRun } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
afterAll(() => dir.remove());
const inbox = join(dir.path, 'inbox');
const GOOD = 'Residents voted on how the £20,000 budget was spent.';

function put(name: string, content: string | Uint8Array): string {
  const file = join(inbox, name);
  writeFileSync(file, content);
  return file;
}

/** The message given for one input, on one line. */
const messageFor = (run: CliRun, name: string) =>
  run.stderr
    .replace(/\n\s+/g, ' ')
    .split('\n')
    .find((l) => l.includes(`${name}:`)) ?? '';

describe('copro draft on hostile or unreadable input', () => {
  let batch: CliRun;
  const outDir = join(dir.path, 'drafts');

  beforeAll(async () => {
    dir.write('inbox/good.txt', GOOD);
    put('locked.pdf', encryptedPdf());
    put('scanned.pdf', await pdf(['', '']));
    put('broken.docx', new Uint8Array(Buffer.from('PK\u0003\u0004 this is not really a zip file at all')));
    put('bomb.docx', zipBomb(101));
    put('empty.eml', eml('Our project', ''));
    put('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    batch = await runMain(['draft', inbox, '--out-dir', outDir, '--no-color']);
  }, 60_000);

  it('drafts the good input of the batch and exits 2 for the rest, with no stack trace', () => {
    expect(batch.code).toBe(2);
    // The good file's report is indented prose, and a wrapped line may start "at one stage": only
    // the lines about the failed files are checked for a trace.
    const failures = batch.stderr
      .split('\n')
      .filter((line) => !line.startsWith(' '))
      .join('\n');
    expect(failures).not.toMatch(STACK_TRACE);
    expect(batch.stderr).not.toMatch(/node:internal|Error: .*\n\s+at /);
    expect(readdirSync(outDir)).toEqual(['good.yaml']);
  });

  it('says plainly why a password-protected PDF cannot be read', () => {
    expect(messageFor(batch, 'locked.pdf')).toContain(
      'this PDF is protected by a password, so its text cannot be read',
    );
  });

  it('says plainly that a scanned (image-only) PDF has no text, and what to do', () => {
    expect(messageFor(batch, 'scanned.pdf')).toContain(
      'this PDF holds no text to read (its pages are probably scanned images): run it through text recognition (OCR) first',
    );
  });

  it('says plainly that a corrupt .docx cannot be read', () => {
    expect(messageFor(batch, 'broken.docx')).toContain('this Word document is damaged or is not really a .docx');
  });

  it('refuses a .docx that would unpack to more than the limit, before unpacking it', () => {
    expect(messageFor(batch, 'bomb.docx')).toContain(
      'this Word document would unpack to 101.0 MB, more than the 100.0 MB copro draft unpacks',
    );
  });

  it('says plainly that an email with no text has nothing to draft from', () => {
    expect(messageFor(batch, 'empty.eml')).toContain('this email holds no text to read');
  });

  it('refuses a binary file named .txt', () => {
    expect(messageFor(batch, 'binary.txt')).toContain('this is not a text file');
  });

  it('refuses a PDF of more pages than it reads', async () => {
    const file = put('../long.pdf', await pdf(Array.from({ length: 301 }, (_, i) => `Page ${i + 1}`)));
    const run = await runMain(['draft', file, '-o', join(dir.path, 'long.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('this PDF has 301 pages, more than the 300 copro draft reads');
    expect(existsSync(join(dir.path, 'long.yaml'))).toBe(false);
  }, 30_000);

  it('refuses an input larger than COPRO_MAX_FILE_MB, from stdin too', () => {
    const big = `${GOOD} `.repeat(400);
    const file = put('../big.txt', big);
    const run = runCli(['draft', file, '-o', join(dir.path, 'big.yaml')], { env: { COPRO_MAX_FILE_MB: '0.01' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/big\.txt: the file is 21 KB, more than the 10 KB copro reads/);
    const piped = runCli(['draft', '-'], { input: big, env: { COPRO_MAX_FILE_MB: '0.01' } });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('standard input: the input is larger than the 10 KB copro reads');
  });

  it('reads at most 20 attachments of an email, and says so', async () => {
    const attachments = Array.from({ length: 25 }, (_, i) => ({
      name: `part-${i}.txt`,
      type: 'text/plain',
      bytes: new Uint8Array(Buffer.from(GOOD)),
    }));
    const file = put('../many.eml', eml('Many parts', 'See the attached notes.', attachments));
    const run = await runMain(['draft', file, '-o', join(dir.path, 'many.yaml'), '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('note: only the first 20 of its 25 attachments were read');
  });

  it('reads documents nested in emails only so deep, and says where it stopped', async () => {
    let message = eml('Innermost', GOOD, [{ name: 'plan.docx', type: DOCX_TYPE, bytes: docx([GOOD]) }]);
    for (let depth = 0; depth < 4; depth++) {
      message = eml(`Forward ${depth}`, 'Forwarded below.', [
        { name: `forward-${depth}.eml`, type: 'message/rfc822', bytes: new Uint8Array(Buffer.from(message)) },
      ]);
    }
    const file = put('../nested.eml', message);
    const run = await runMain(['draft', file, '-o', join(dir.path, 'nested.yaml'), '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stderr.replace(/\n\s+/g, ' ')).toContain('was not read: documents nested more than 3 deep');
  });
});
