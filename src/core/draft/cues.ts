// Cue phrases: the words `copro draft` looks for in free text, written in the framework as plain
// phrases ("residents ... voted", "co-design*"). They are matched on words, never as regular
// expressions: a phrase is a short list of words, and matching walks a sentence once, keeping a
// small set of partial matches, so no text (however long or odd) can make it slow.
import { termWords } from '../assess/terms.js';

/** The most words `...` stands for in a cue phrase. */
const CUE_GAP = 4;
/** The most words a cue phrase may have (gaps not counted). */
const CUE_MAX_WORDS = 12;
const GAP = '...';

/** One word of a phrase: an exact word, or the start of a word (written with a final *). */
interface CueWord {
  text: string;
  prefix: boolean;
  /** Other words allowed just before this one (a `...` in the phrase). */
  gapBefore: number;
}

export interface ParsedCue {
  phrase: string;
  words: CueWord[];
}

export type CueProblem = string;

/** A phrase split into words and gaps, or what is wrong with it, in words a person can act on. */
export function parseCue(phrase: string): ParsedCue | CueProblem {
  const segments = phrase.split(GAP).map((segment) => termWords(segment));
  if (segments[0]!.length === 0 || segments[segments.length - 1]!.length === 0) {
    return segments.flat().length === 0
      ? 'has no words in it'
      : '"..." must stand between two words, not at the start or end';
  }
  if (segments.some((s) => s.length === 0)) return 'has "..." twice in a row';
  const words: CueWord[] = [];
  segments.forEach((segment, i) =>
    segment.forEach((word, j) => {
      const prefix = word.endsWith('*');
      words.push({ text: prefix ? word.slice(0, -1) : word, prefix, gapBefore: i > 0 && j === 0 ? CUE_GAP : 0 });
    }),
  );
  if (words.some((w) => w.text === '' || w.text.includes('*'))) return 'has a * that is not at the end of a word';
  if (words.length > CUE_MAX_WORDS) return `has ${words.length} words: keep a cue to ${CUE_MAX_WORDS} or fewer`;
  return { phrase, words };
}

function wordMatches(cue: CueWord, word: string): boolean {
  return cue.prefix ? word.startsWith(cue.text) : word === cue.text;
}

/** A cue found in a sentence: the index of its first and last word. */
export interface CueMatch {
  start: number;
  end: number;
}

/**
 * Every place `cue` stands in `words` (the first match ending at each word); where `lemmas` are
 * given (the dictionary form of each word), a cue word may match either. Linear in the words:
 * at most one partial match per (cue word, words still allowed to skip) is kept.
 */
export function findCue(cue: ParsedCue, words: readonly string[], lemmas?: readonly string[]): CueMatch[] {
  type Partial = { next: number; skips: number; start: number };
  const found: CueMatch[] = [];
  const last = cue.words.length - 1;
  const width = CUE_GAP + 1;
  // Partial matches: the next cue word to find, how many words may still be skipped before it, and
  // where the match began. Each (next, skips) pair is kept once, with its latest start.
  let partial = new Map<number, Partial>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const advanced = new Map<number, Partial>();
    let endedFrom: number | undefined;
    const keep = (next: number, skips: number, start: number) => {
      const key = next * width + skips;
      const seen = advanced.get(key);
      if (!seen || seen.start < start) advanced.set(key, { next, skips, start });
    };
    const step = ({ next, skips, start }: Partial) => {
      const lemma = lemmas?.[i];
      if (wordMatches(cue.words[next]!, word) || (lemma !== undefined && wordMatches(cue.words[next]!, lemma))) {
        if (next === last) endedFrom = Math.max(endedFrom ?? start, start);
        else keep(next + 1, cue.words[next + 1]!.gapBefore, start);
      }
      if (skips > 0) keep(next, skips - 1, start);
    };
    for (const state of partial.values()) step(state);
    step({ next: 0, skips: 0, start: i });
    if (endedFrom !== undefined) found.push({ start: endedFrom, end: i });
    partial = advanced;
  }
  return found;
}

/** Cue phrases parsed once per list; phrases that do not parse are left out (the framework rules report them). */
const parsedLists = new WeakMap<readonly string[], ParsedCue[]>();

export function parsedCues(phrases: readonly string[]): ParsedCue[] {
  let parsed = parsedLists.get(phrases);
  if (!parsed) {
    parsed = phrases.map(parseCue).filter((p): p is ParsedCue => typeof p !== 'string');
    parsedLists.set(phrases, parsed);
  }
  return parsed;
}
