// An email's body, without its furniture: the header lines pasted at the top of a text (Subject:,
// From:, Date:), greeting lines, the sign-off and everything below it (the signature), a quoted
// reply ("> " lines, "On … wrote:" and all below it) and disclaimer or footer paragraphs. None of
// these is evidence of what happened: a subject "Co-design example" or a signature "Senior Policy
// Officer" says nothing about who did what. The furniture's words are framework data (`cues.reader.furniture`).
import { termWords } from '../assess/terms.js';
import type { EmailFurniture } from '../model/types.js';

export interface Body {
  /** The text that may be read for evidence. */
  text: string;
  /** A subject found in a header line at the top of a pasted email. */
  title?: string;
  /** A date found in a header line at the top of a pasted email. */
  date?: string;
  /** The sign-off and signature, kept apart: it may say which side the sender is on. */
  signature: string;
}

const HEADER = /^\s*(subject|from|to|cc|date|sent)\s*:\s*(.*)$/i;
/** A greeting or sign-off line is short; a longer line starting "Thanks to the council…" is body. */
const SHORT_LINE_WORDS = 8;
const SIGNATURE_SEPARATOR = /^\s*--\s*$/;

function startsWithAny(words: string[], phrases: string[][]): boolean {
  return phrases.some((p) => p.length > 0 && p.every((w, i) => words[i] === w));
}

function containsAny(words: string[], phrases: string[][]): boolean {
  return phrases.some((p) => p.length > 0 && words.some((_, s) => p.every((w, i) => words[s + i] === w)));
}

/** Header lines at the very top of a pasted email: their subject and date are kept, the lines dropped. */
function leadingHeaders(lines: string[]): { skip: number; title?: string; date?: string } {
  let skip = 0;
  let title: string | undefined;
  let date: string | undefined;
  while (skip < lines.length) {
    const match = HEADER.exec(lines[skip]!);
    if (!match) break;
    const field = match[1]!.toLowerCase();
    if (field === 'subject') title = match[2]!.trim();
    if (field === 'date' || field === 'sent') date = match[2]!.trim();
    skip++;
  }
  return { skip, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

function isReplyLine(line: string, words: string[], replies: string[][]): boolean {
  if (/^\s*-{2,}.*-{2,}\s*$/.test(line) && containsAny(words, replies)) return true;
  return words.length <= 25 && /:\s*$/.test(line) && containsAny(words, replies);
}

/** Lines of a signature at most. */
const SIGNATURE_LINES = 4;
/** A name on its own line: one to three capitalised words ("Amy", "Jo Bloggs", "Dr Ann McLean"). */
const NAME_LINE = /^\s*(?:\p{Lu}[\p{L}'\u2019.-]*\s*){1,3}$/u;

/**
 * True when a paragraph reads as a signature rather than text: a few short lines, none of them a
 * sentence or a list item, the first a name ("Amy" then "The Respite Matters group").
 */
function looksSigned(paragraph: string): boolean {
  const lines = paragraph.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length === 0 || lines.length > SIGNATURE_LINES || !NAME_LINE.test(lines[0]!)) return false;
  return lines.every(
    (l) => termWords(l).length <= SHORT_LINE_WORDS && !/[.!?:;]\s*$/.test(l) && !/^\s*(?:[-*\u2022]|\d+[.)])\s/.test(l),
  );
}

export function bodyOf(text: string, furniture: EmailFurniture | undefined): Body {
  const greetings = (furniture?.greetings ?? []).map(termWords);
  const signOffs = (furniture?.signOffs ?? []).map(termWords);
  const replies = (furniture?.replies ?? []).map(termWords);
  const footers = (furniture?.footers ?? []).map(termWords);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headers = leadingHeaders(lines);
  const kept: string[] = [];
  let signature: string[] = [];
  let bodySeen = false;
  for (let i = headers.skip; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line)) continue;
    const words = termWords(line);
    if (isReplyLine(line, words, replies)) break;
    if (
      SIGNATURE_SEPARATOR.test(line) ||
      (bodySeen && words.length <= SHORT_LINE_WORDS && startsWithAny(words, signOffs))
    ) {
      signature = lines.slice(i);
      break;
    }
    if (!bodySeen && words.length > 0 && words.length <= SHORT_LINE_WORDS && startsWithAny(words, greetings)) continue;
    if (words.length > 0) bodySeen = true;
    kept.push(line);
  }
  // Footers and disclaimers are paragraphs of their own: each paragraph holding one is dropped.
  const paragraphs = kept
    .join('\n')
    .split(/\n\s*\n/)
    .filter((p) => !containsAny(termWords(p), footers));
  // A signature with no sign-off above it ("Amy / The Respite Matters group"): the last paragraph.
  if (signature.length === 0 && paragraphs.length > 1 && looksSigned(paragraphs[paragraphs.length - 1]!)) {
    signature = paragraphs.pop()!.split('\n');
  }
  const body = paragraphs.join('\n\n');
  return {
    text: body.trim(),
    signature: signature.join('\n'),
    ...(headers.title ? { title: headers.title } : {}),
    ...(headers.date ? { date: headers.date } : {}),
  };
}
