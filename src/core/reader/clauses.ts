// A tagged sentence as the reader walks it: words (split as the framework's cue phrases are, so
// "co-design" is "codesign" in both) with their lemma and part of speech, cut into clauses. A
// negation, a plan or an aim reaches no further than its clause: "Staff didn't run it; tenants ran
// it" negates only the staff's part.
import { termWords } from '../assess/terms.js';
import type { Token } from './tokens.js';

export interface Word {
  word: string;
  /** Capitalised after the first word: part of a name ("Leith Decides"), not a verb. */
  name?: boolean;
  lemma: string;
  pos: string;
  /** Between quotation marks: a wording quoted or put forward, not the sentence's own telling. */
  quoted?: boolean;
}

/** Words that start a new clause (or a contrast) wherever they stand. */
const CLAUSE_STARTERS = new Set(['but', 'however', 'whereas', 'although', 'though', 'while', 'whilst', 'yet']);
const CLAUSE_PUNCTUATION = new Set([';', ':', '—', '–', '-', '(', ')']);
/** Passed over between "and" and the subject of a new clause ("and the head of service signed"). */
const LEADING = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** The tokens as words: a token may hold several ("co-design" → "codesign", "peer-led" → "peer", "led"). */
/** Opening, closing and plain double quotation marks. */
const OPENING_QUOTE = '\u201C';
const CLOSING_QUOTE = '\u201D';
const PLAIN_QUOTE = '"';

export function wordsOfTokens(tokens: Token[]): Word[] {
  const words: Word[] = [];
  let quoted = false;
  for (const token of tokens) {
    if (token.text === OPENING_QUOTE || token.text === CLOSING_QUOTE || token.text === PLAIN_QUOTE) {
      quoted = token.text === PLAIN_QUOTE ? !quoted : token.text === OPENING_QUOTE;
      continue;
    }
    if (token.pos === 'PART' && /^['\u2019]s$/i.test(token.text)) continue; // "council's" reads as "council"
    if (token.pos === 'PUNCT' && CLAUSE_PUNCTUATION.has(token.text)) {
      words.push({ word: token.text, lemma: token.text, pos: 'PUNCT' });
      continue;
    }
    const pieces = termWords(token.text);
    const lemma = pieces.length === 1 ? (termWords(token.lemma)[0] ?? pieces[0]!) : undefined;
    // In "community-led" or "peer-led" only the first piece keeps the token's part of speech: "led"
    // there is not a verb of its own.
    const name = words.length > 0 && /^\p{Lu}\p{Ll}/u.test(token.text);
    pieces.forEach((piece, k) =>
      words.push({
        word: piece,
        lemma: lemma ?? piece,
        pos: k === 0 ? token.pos : 'X',
        ...(name ? { name } : {}),
        ...(quoted ? { quoted } : {}),
      }),
    );
    if (token.pos === 'PUNCT' && token.text === ',') words.push({ word: ',', lemma: ',', pos: 'PUNCT' });
  }
  return words;
}

/** True when the words from `at` start a clause with its own subject and verb ("residents could vote"). */
function newSubjectAt(words: Word[], at: number, isActor: (i: number) => number): boolean {
  let i = at;
  while (i < words.length && LEADING.has(words[i]!.pos)) i++;
  const end = isActor(i);
  if (end <= i) return false;
  for (let j = end; j < Math.min(words.length, end + 3); j++) {
    if (words[j]!.pos === 'VERB' || words[j]!.pos === 'AUX') return true;
    if (words[j]!.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * The sentence's clauses as index ranges [start, end). `isActor(i)` gives the index after an actor
 * (or a personal pronoun) starting at i, or i when there is none.
 */
export function clauseRanges(words: Word[], isActor: (i: number) => number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const cut = (at: number) => {
    if (at > start) ranges.push([start, at]);
    start = at;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos === 'PUNCT' && CLAUSE_PUNCTUATION.has(w.word)) cut(i + 1);
    else if (CLAUSE_STARTERS.has(w.word) && w.pos !== 'ADV' && w.pos !== 'ADJ') cut(i);
    else if ((w.word === 'and' || w.word === ',') && newSubjectAt(words, i + 1, isActor)) cut(i + 1);
  }
  cut(words.length);
  return ranges;
}
