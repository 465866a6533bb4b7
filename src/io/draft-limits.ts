// Limits on what `copro draft` reads from a document. They keep a hostile or mistaken file (a zip
// bomb dressed as .docx, a 5,000-page PDF, an email of a hundred nested emails) from exhausting
// memory or time; each refusal is a plain message for that input, and the rest of a batch goes on.
import { DEFAULT_LIMITS, MEGABYTE, type ReadLimits } from './limits.js';

export interface DraftLimits {
  /** Largest input read, in bytes (COPRO_MAX_FILE_MB, as for every command). */
  maxFileBytes: number;
  /** Most pages of a PDF read. */
  maxPages: number;
  /** Most bytes a .docx may unpack to, as its zip directory declares them, checked before it is unpacked. */
  maxUnzippedBytes: number;
  /**
   * Most bytes a PDF's pages may unpack to, each page counted with the streams it draws (pages that
   * share a stream count it each time): what pdf.js would parse to find their text.
   */
  maxPdfPageBytes: number;
  /** Most attachments read from one email. */
  maxAttachments: number;
  /** Deepest nesting of documents inside an email (an email attached to an email …). */
  maxNesting: number;
  /** Most characters of text kept from one input; the rest is left out, with a note. */
  maxTextChars: number;
}

export const DEFAULT_DRAFT_LIMITS: DraftLimits = {
  maxFileBytes: DEFAULT_LIMITS.maxFileBytes,
  maxPages: 300,
  maxUnzippedBytes: 100 * MEGABYTE,
  maxPdfPageBytes: 32 * MEGABYTE,
  maxAttachments: 20,
  maxNesting: 3,
  maxTextChars: 1_000_000,
};

export function draftLimits(read: ReadLimits): DraftLimits {
  return { ...DEFAULT_DRAFT_LIMITS, maxFileBytes: read.maxFileBytes };
}
