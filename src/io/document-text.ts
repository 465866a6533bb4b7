// The text of an email, a document or a web page, for `copro draft`. Each format is read with a
// well-kept library: postal-mime for emails (it decodes every MIME encoding and charset), mammoth
// for Word documents, unpdf (pdf.js) for PDFs, html-to-text for web pages. They are heavy, so this
// module is loaded only by the draft command (the build puts it in a bundle of its own). Every
// failure is a plain message for a person, never a stack trace.
import { unzipSync, zipSync } from 'fflate';
import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import PostalMime from 'postal-mime';
import { getDocumentProxy } from 'unpdf';
import { CONTROL_CHARACTERS, ESCAPE_SEQUENCES, LINE_SEPARATORS } from '../core/shared/text.js';
import type { DraftLimits } from './draft-limits.js';
import { sizeWords } from './limits.js';
import { withinDepth } from './html-depth.js';
import { pdfWeight } from './pdf-weight.js';
import { unzipCapped } from './unzip-capped.js';

interface DocumentText {
  text: string;
  /** The title the document gives itself: an email's subject, a page's <title>. */
  title?: string;
  /** What a person should know about the reading: attachments skipped, text cut short. */
  notes: string[];
  /** An email's Date header, for "about two years ago". */
  date?: string;
  /** An email's attachments, read: kept apart from `text` (the body), so that the body's signature and sign-off cut nothing of them. */
  attachments?: string[];
}

export type DocumentResult = { ok: true; document: DocumentText } | { ok: false; message: string };

type DocumentFormat = 'txt' | 'md' | 'html' | 'eml' | 'docx' | 'pdf';

/** The file names `copro draft` reads, by extension. */
const DOCUMENT_FILE = /\.(txt|text|md|markdown|html?|eml|docx|pdf)$/i;

/** Refused with this message; caught once, at the top, and turned into a failed result. */
class Unreadable extends Error {}

function formatOf(name: string, bytes: Uint8Array): DocumentFormat {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'htm' || ext === 'html') return 'html';
  if (ext === 'eml' || ext === 'docx' || ext === 'pdf') return ext;
  if (ext === 'txt' || ext === 'text') return 'txt';
  return sniff(bytes);
}

/** Standard input (or a name without a known extension): told apart by how it starts. */
function sniff(bytes: Uint8Array): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/^\s*(<!doctype html|<html)/i.test(head)) return 'html';
  const headers = head.split(/\r?\n\r?\n/)[0] ?? '';
  if (
    /^(from|subject|mime-version|received|return-path|message-id|date|to):/im.test(headers) &&
    /^subject:/im.test(headers)
  )
    return 'eml';
  return 'txt';
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new Unreadable(
      'this is not a text file (it holds binary data): copro draft reads .txt, .md, .html, .eml, .docx and .pdf',
    );
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Markdown read as prose: links keep their words, emphasis marks go; lists and headings stay for the sentence splitter. */
function markdownText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '');
}

function htmlText(html: string): DocumentText {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  const text = convert(withinDepth(html), {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  });
  return { text, notes: [], ...(title ? { title: decodeEntities(title) } : {}) };
}

function decodeEntities(text: string): string {
  return convert(text, { wordwrap: false });
}

/** The parts of a .docx that hold its text: XML and its relationships (pictures are never unpacked). */
const TEXT_PART = /(\.xml|\.rels)$/i;

/**
 * A .docx is a zip. Its directory's declared sizes are checked before anything is unpacked; then
 * the parts that hold text are unpacked with a running count (the directory may lie), and mammoth
 * reads them again zipped by copro, with sizes that are true.
 */
async function docxText(bytes: Uint8Array, limits: DraftLimits): Promise<DocumentText> {
  let unpacked = 0;
  let hasDocument = false;
  try {
    unzipSync(bytes, {
      filter(file) {
        unpacked += file.originalSize;
        if (file.name === 'word/document.xml') hasDocument = true;
        return false; // read the directory only: nothing is unpacked here
      },
    });
  } catch {
    throw new Unreadable(DAMAGED_DOCX);
  }
  if (unpacked > limits.maxUnzippedBytes) {
    throw new Unreadable(
      `this Word document would unpack to ${sizeWords(unpacked)}, more than the ${sizeWords(limits.maxUnzippedBytes)} copro draft unpacks`,
    );
  }
  if (!hasDocument)
    throw new Unreadable(
      'this is a zip file but not a Word document (it has no word/document.xml): save it as .docx from your word processor',
    );
  const parts = await unzipCapped(bytes, limits.maxUnzippedBytes, (name) => TEXT_PART.test(name));
  if (!parts.ok)
    throw new Unreadable(
      parts.reason === 'damaged'
        ? DAMAGED_DOCX
        : `this Word document unpacks to more than the ${sizeWords(limits.maxUnzippedBytes)} copro draft unpacks, although its zip directory says less (it may be built to do harm): unpacking stopped there`,
    );
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(zipSync(parts.files, { level: 0 })) });
    return { text: value, notes: [] };
  } catch (error) {
    throw new Unreadable(
      `this Word document could not be read (${firstLine(error)}): it may be damaged; open it and save it again, or paste its text into a .txt file`,
    );
  }
}

const DAMAGED_DOCX = 'this Word document is damaged or is not really a .docx (it is not a readable zip file)';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  hasEOL?: boolean;
}

/**
 * A page's text with its lines: pdf.js gives runs of text with their positions, and a run lower on
 * the page starts a new line (a gap of more than a line and a half, a new paragraph), so a title
 * stays a line of its own and paragraphs stay apart.
 */
function pageText(items: PdfTextItem[]): string {
  let text = '';
  let lastY: number | undefined;
  for (const item of items) {
    if (item.str === undefined) continue;
    const y = item.transform?.[5];
    const size = Math.abs(item.transform?.[3] ?? 12) || 12;
    if (lastY !== undefined && y !== undefined && Math.abs(lastY - y) > size / 2) {
      // A run that ended its line (hasEOL) has given the line break already: a line wrapped in the
      // middle of a sentence stays one paragraph, not a sentence cut in two.
      const wanted = Math.abs(lastY - y) > size * 1.8 ? 2 : 1;
      const given = /\n*$/.exec(text)![0].length;
      text += '\n'.repeat(Math.max(0, wanted - given));
    }
    text += item.str + (item.hasEOL ? '\n' : '');
    if (y !== undefined) lastY = y;
  }
  return text.trim();
}

async function pdfText(bytes: Uint8Array, limits: DraftLimits): Promise<DocumentText> {
  const weight = await pdfWeight(bytes, limits.maxPdfPageBytes, limits.maxUnzippedBytes);
  if (!weight.ok)
    throw new Unreadable(
      weight.reason === 'pages'
        ? `this PDF's pages unpack to more than the ${sizeWords(limits.maxPdfPageBytes)} copro draft reads (far more drawing than pages of text need; it may be built to do harm): paste its text into a .txt file instead`
        : `this PDF unpacks to more than the ${sizeWords(limits.maxUnzippedBytes)} copro draft unpacks: paste its text into a .txt file instead`,
    );
  let pdf;
  try {
    // A copy: pdf.js takes the buffer over.
    // No eval (pdf.js would compile fonts with it), and no console noise from damaged files.
    const options = { isEvalSupported: false, verbosity: 0 } as Parameters<typeof getDocumentProxy>[1];
    pdf = await getDocumentProxy(new Uint8Array(bytes), options);
  } catch (error) {
    if ((error as Error)?.name === 'PasswordException') {
      throw new Unreadable(
        'this PDF is protected by a password, so its text cannot be read: save a copy without the password, or paste its text into a .txt file',
      );
    }
    throw new Unreadable(
      `this PDF could not be read (${firstLine(error)}): it may be damaged; paste its text into a .txt file instead`,
    );
  }
  try {
    if (pdf.numPages > limits.maxPages)
      throw new Unreadable(
        `this PDF has ${pdf.numPages} pages, more than the ${limits.maxPages} copro draft reads: send the pages about the project, or paste them into a .txt file`,
      );
    const pages: string[] = [];
    const notes: string[] = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      // Pages past the text kept are never read: they would be cut anyway.
      if (characters >= limits.maxTextChars) {
        notes.push(`only its first ${n - 1} of ${pdf.numPages} pages were read (the text limit was reached)`);
        break;
      }
      const page = pageText(((await (await pdf.getPage(n)).getTextContent()) as { items: PdfTextItem[] }).items);
      if (page) pages.push(page);
      characters += page.length + 2;
    }
    if (pages.length === 0) {
      throw new Unreadable(
        'this PDF holds no text to read (its pages are probably scanned images): run it through text recognition (OCR) first, or type or paste its text into a .txt file',
      );
    }
    return { text: pages.join('\n\n'), notes };
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(`this PDF could not be read (${firstLine(error)}): paste its text into a .txt file instead`);
  } finally {
    // Frees pdf.js's memory for this file (its methods are missing from unpdf's types).
    const proxy = pdf as unknown as { destroy?: () => Promise<void>; loadingTask?: { destroy?: () => Promise<void> } };
    await (proxy.destroy?.() ?? proxy.loadingTask?.destroy?.());
  }
}

async function emailText(bytes: Uint8Array, limits: DraftLimits, depth: number): Promise<DocumentText> {
  let email;
  try {
    email = await PostalMime.parse(bytes, {
      maxNestingDepth: 32,
      maxRfc822NestingDepth: 0,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (error) {
    throw new Unreadable(`this email could not be read (${firstLine(error)})`);
  }
  const notes: string[] = [];
  const parts: string[] = [];
  const body = email.text?.trim() ? email.text : email.html ? htmlText(email.html).text : '';
  parts.push(body);
  const attachments = email.attachments.filter((a) => !a.related);
  if (attachments.length > limits.maxAttachments) {
    notes.push(`only the first ${limits.maxAttachments} of its ${attachments.length} attachments were read`);
  }
  for (const attachment of attachments.slice(0, limits.maxAttachments)) {
    const name =
      attachment.filename ??
      (attachment.mimeType === 'message/rfc822' ? 'attached email.eml' : 'an unnamed attachment');
    const readable = DOCUMENT_FILE.test(name) || attachment.mimeType === 'message/rfc822';
    if (!readable) {
      notes.push(
        `attachment ${name} (${attachment.mimeType}) was not read: copro draft reads .txt, .md, .html, .eml, .docx and .pdf`,
      );
      continue;
    }
    const content =
      typeof attachment.content === 'string'
        ? Buffer.from(attachment.content, 'utf8')
        : new Uint8Array(attachment.content);
    const name2 = /\.[a-z]+$/i.test(name) ? name : `${name}.eml`;
    const read = await readAny(name2, content, limits, depth + 1);
    if (read.ok) {
      parts.push(read.document.text, ...(read.document.attachments ?? []));
      notes.push(`attachment ${name} was read`, ...read.document.notes.map((n) => `${name}: ${n}`));
    } else {
      notes.push(`attachment ${name} was not read: ${read.message}`);
    }
  }
  if (parts.every((p) => !p.trim())) {
    throw new Unreadable(
      `this email holds no text to read${attachments.length ? ' (and none of its attachments could be read)' : ''}: paste the description into a .txt file instead`,
    );
  }
  return {
    text: parts[0] ?? '',
    attachments: parts.slice(1),
    notes,
    ...(email.subject?.trim() ? { title: email.subject.trim() } : {}),
    ...(email.date ? { date: email.date } : {}),
  };
}

async function readAny(name: string, bytes: Uint8Array, limits: DraftLimits, depth: number): Promise<DocumentResult> {
  try {
    if (depth > limits.maxNesting)
      throw new Unreadable(
        `documents nested more than ${limits.maxNesting} deep (an email attached to an email …) are not read`,
      );
    if (bytes.length > limits.maxFileBytes)
      throw new Unreadable(
        `it is ${sizeWords(bytes.length)}, more than the ${sizeWords(limits.maxFileBytes)} copro reads (set COPRO_MAX_FILE_MB to allow more)`,
      );
    let document: DocumentText;
    switch (formatOf(name, bytes)) {
      case 'txt':
        document = { text: decodeText(bytes), notes: [] };
        break;
      case 'md':
        document = { text: markdownText(decodeText(bytes)), notes: [] };
        break;
      case 'html':
        document = htmlText(decodeText(bytes));
        break;
      case 'eml':
        document = await emailText(bytes, limits, depth);
        break;
      case 'docx':
        document = await docxText(bytes, limits);
        break;
      case 'pdf':
        document = await pdfText(bytes, limits);
        break;
    }
    return { ok: true, document: capped(document, limits) };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, message: error.message };
    return { ok: false, message: `it could not be read (${firstLine(error)})` };
  }
}

/**
 * Text without escape sequences, control characters or bidirectional overrides (U+202E, 8-bit CSI
 * U+009B …), as everywhere copro shows text from files: the draft quotes it, and a person reads
 * the draft on a terminal or in an editor that would obey them.
 */
function plainText(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '').replace(LINE_SEPARATORS, '\n');
}

function capped(read: DocumentText, limits: DraftLimits): DocumentText {
  const document = {
    ...read,
    text: plainText(read.text),
    ...(read.title === undefined ? {} : { title: plainText(read.title) }),
  };
  if (document.text.length <= limits.maxTextChars) return document;
  return {
    ...document,
    text: document.text.slice(0, limits.maxTextChars),
    notes: [...document.notes, `only its first ${limits.maxTextChars.toLocaleString('en')} characters were read`],
  };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .slice(0, 200);
}

/** The text of one input: a file's bytes and its name (or "-" for standard input). */
export function documentText(name: string, bytes: Uint8Array, limits: DraftLimits): Promise<DocumentResult> {
  return readAny(name, bytes, limits, 0);
}
