// Free text as paragraphs and sentences, for `copro draft`. Sentences come from Intl.Segmenter
// (Unicode's sentence rules, built into Node with its full ICU data): it knows quotes, brackets
// and most abbreviations, with no dependency to keep. Lists and headings are broken apart first, so
// that "- residents voted" on its own line is a sentence of its own.

export interface Sentence {
  /** 1-based, in reading order: the report names sentences by this number. */
  number: number;
  text: string;
  paragraph: number;
  /** A heading ("Designing it", "## The event"): it names what the lines below are about, and says nothing itself. */
  heading?: boolean;
}

export interface ReadText {
  paragraphs: string[];
  sentences: Sentence[];
}

/** Longest sentence kept whole; longer runs (a table flattened to text, say) are cut into pieces. */
const MAX_SENTENCE_CHARS = 1500;

const LIST_ITEM = /^\s*(?:[-*\u2022\u25aa\u25e6\u2023]|\d{1,3}[.)])\s+/;
const HEADING = /^\s*#{1,6}\s+/;
/** Longest line taken for a heading when nothing marks it but its shortness. */
const HEADING_WORDS = 8;

/**
 * A line standing as a heading without a mark: short, ending without a sentence's punctuation, the
 * first of its block, and followed straight away by a line that starts a sentence ("Designing it"
 * above "A group of about eight members…"). A wrapped line of a sentence is long, or is followed
 * by a word in lower case.
 */
function plainHeading(line: string, next: string | undefined, first: boolean): boolean {
  if (!first || next === undefined || !/^\s*[\p{Lu}\d"\u201c]/u.test(next) || LIST_ITEM.test(next)) return false;
  return headingLike(line);
}

/** Short, capitalised, and ending without a sentence's punctuation: "Design", "Who decided what to work on". */
function headingLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= HEADING_WORDS && /[\p{L})]$/u.test(line.trim()) && /^\p{Lu}/u.test(line.trim());
}

interface Block {
  text: string;
  heading: boolean;
}

/** Blocks of text separated by blank lines, with list items and headings as blocks of their own. */
function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (heading = false) => {
    const joined = current.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push({ text: joined, heading });
    current = [];
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      // A block of one such line with text after it is a heading too (a Word or PDF heading stands
      // as a paragraph of its own).
      const more = lines.slice(i + 1).some((l) => l.trim() !== '');
      flush(current.length === 1 && more && !LIST_ITEM.test(current[0]!) && headingLike(current[0]!));
    } else if (LIST_ITEM.test(line) || HEADING.test(line)) {
      flush();
      current.push(line.replace(HEADING, '').replace(LIST_ITEM, ''));
      if (HEADING.test(line)) flush(true);
    } else if (plainHeading(line, lines[i + 1], current.length === 0)) {
      current.push(line);
      flush(true);
    } else {
      current.push(line);
    }
  });
  flush();
  return blocks;
}

function pieces(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const parts: string[] = [];
  for (let at = 0; at < sentence.length; at += MAX_SENTENCE_CHARS)
    parts.push(sentence.slice(at, at + MAX_SENTENCE_CHARS));
  return parts;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function readText(text: string): ReadText {
  const blocks = paragraphsOf(text);
  const paragraphs = blocks.map((b) => b.text);
  const sentences: Sentence[] = [];
  blocks.forEach(({ text: paragraph, heading }, p) => {
    // An ellipsis before a capital ends a sentence ("what the problem was… We then"), which the
    // Unicode rules do not know.
    const segments = [...segmenter.segment(paragraph)].flatMap(({ segment }) =>
      segment.split(/(?<=\u2026)\s+(?=[A-Z])/),
    );
    for (const segment of segments) {
      for (const piece of pieces(segment.trim())) {
        if (piece)
          sentences.push({ number: sentences.length + 1, text: piece, paragraph: p, ...(heading ? { heading } : {}) });
      }
    }
  });
  return { paragraphs, sentences };
}
