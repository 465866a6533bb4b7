// The reader's view of a sentence: tokens with their part of speech and lemma, as a tagger gives
// them. The tagger is passed in (src/io/tagger.ts loads the NLP model), so the core stays pure and
// its tests can hand it tokens from the same tagger the command uses.

export interface Token {
  text: string;
  lower: string;
  /** The dictionary form, lower-case: "redesigning" → "redesign". */
  lemma: string;
  /** Universal part-of-speech tag: NOUN, VERB, AUX, PRON, ADP, CCONJ, SCONJ, PUNCT … */
  pos: string;
}

export type Tagger = (sentence: string) => Token[];
