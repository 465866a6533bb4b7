// A PDF's lines as a reader needs them: a sentence wrapped from one line to the next stays one
// sentence. pdf.js marks the end of each line (hasEOL) and the next line also starts lower on the
// page; counting both once made every line a paragraph, and every wrapped sentence two.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/draft/draft-text.js';
import { DEFAULT_DRAFT_LIMITS } from '../../../src/io/draft-limits.js';
import { documentText } from '../../../src/io/document-text.js';

const corpusPdf = new URL('../../draft-corpus/tuning/e-arbroath-agents-of-change.pdf', import.meta.url);

describe('the lines of a PDF', () => {
  it('keep a sentence wrapped over two lines whole, and its headings apart', async () => {
    const read = await documentText('note.pdf', new Uint8Array(readFileSync(corpusPdf)), DEFAULT_DRAFT_LIMITS);
    if (!read.ok) throw new Error(read.message);
    expect(read.document.text).not.toMatch(/run\n\nlocal services/);
    const { sentences } = readText(read.document.text);
    expect(sentences.map((s) => s.text)).toContain(
      'The recommendations went to the Scottish Government and to people who run local services.',
    );
    expect(sentences.find((s) => s.text === 'What happened next (honestly)')?.heading).toBe(true);
  });
});
