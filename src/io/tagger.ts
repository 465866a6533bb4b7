// Parts of speech and lemmas for `copro draft`'s reader, from wink-nlp with its small English
// model (wink-eng-lite-web-model). Chosen over compromise on the reader's own sentences: it tags the
// main verb of a passive ("has been run jointly" → run), which compromise missed, reads a sentence
// in well under a millisecond where compromise took tens, and its lemmas ("redesigning" →
// redesign, "priorities" → priority) are what the framework's action words are matched against.
// The model is a few megabytes, so this module is loaded only by `copro draft` (the build puts it
// in a bundle of its own); the core reader takes its tokens and never imports it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Tagger, Token } from '../core/reader/tokens.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Tags one sentence: each token's text, lower-case form, lemma and part of speech. The model takes a
 * capitalised first word for a name ("Decisions are made…", "Carers shaped…": PROPN, with no
 * lemma); when it does, the sentence is tagged again with that letter in lower case, and the second
 * reading is kept if it sees an ordinary word there.
 */
export const tagSentence: Tagger = (sentence: string): Token[] => {
  const tokens = tagged(sentence);
  if (tokens[0]?.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(sentence)) return tokens;
  const again = tagged(sentence[0]!.toLowerCase() + sentence.slice(1));
  if (again.length !== tokens.length || again[0]!.pos === 'PROPN') return tokens;
  return [{ ...again[0]!, text: tokens[0]!.text }, ...again.slice(1)];
};

function tagged(sentence: string): Token[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const tokens = nlp.readDoc(sentence).tokens();
  const texts = tokens.out() as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const pos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces as Parameters<typeof tokens.out>[0]) as string[];
  // "easy-read", "long-term": a hyphen with no space on either side joins a word; it is no dash
  // between clauses.
  const joins = (i: number) => texts[i] === '-' && i > 0 && !spaces[i] && texts[i + 1] !== undefined && !spaces[i + 1];
  return texts.map((text, i) => ({
    text,
    lower: text.toLowerCase(),
    lemma: (lemmas[i] ?? text).toLowerCase(),
    pos: joins(i) ? 'X' : (pos[i] ?? 'X'),
  }));
}
