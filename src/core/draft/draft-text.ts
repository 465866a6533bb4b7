// Free text as paragraphs and sentences, for `copro draft`. Sentences come from Intl.Segmenter
// (Unicode's sentence rules, built into Node with its full ICU data): it knows quotes, brackets
// and most abbreviations, with no dependency to keep. Lists and headings are broken apart first, so
// that "- residents voted" on its own line is a sentence of its own.

export interface Sentence {
  /** 1-based, in reading order: the report names sentences by this number. */
  number: number;
  text: string;
  paragraph: number;
}

export interface ReadText {
  paragraphs: string[];
  sentences: Sentence[];
}

/** Longest sentence kept whole; longer runs (a table flattened to text, say) are cut into pieces. */
const MAX_SENTENCE_CHARS = 1500;

const LIST_ITEM = /^\s*(?:[-*\u2022\u25aa\u25e6\u2023]|\d{1,3}[.)])\s+/;
const HEADING = /^\s*#{1,6}\s+/;

/** Blocks of text separated by blank lines, with list items and headings as blocks of their own. */
function paragraphsOf(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const joined = current.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push(joined);
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      flush();
    } else if (LIST_ITEM.test(line) || HEADING.test(line)) {
      flush();
      current.push(line.replace(HEADING, '').replace(LIST_ITEM, ''));
      if (HEADING.test(line)) flush();
    } else {
      current.push(line);
    }
  }
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
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    // An ellipsis before a capital ends a sentence ("what the problem was… We then"), which the
    // Unicode rules do not know.
    const segments = [...segmenter.segment(paragraph)].flatMap(({ segment }) =>
      segment.split(/(?<=\u2026)\s+(?=[A-Z])/),
    );
    for (const segment of segments) {
      for (const piece of pieces(segment.trim())) {
        if (piece) sentences.push({ number: sentences.length + 1, text: piece, paragraph: p });
      }
    }
  });
  return { paragraphs, sentences };
}
