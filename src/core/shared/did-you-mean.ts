// Suggestions for misspelt ids, levels and keys ("colaborate" → "collaborate"). Every suggestion
// is bounded: a file may hold thousands of unknown keys, each of any length, so the work per
// suggestion is capped (words longer than any id get none) and so is the number per file.

/** No id is this long: a longer word is not a typo of one, and gets no suggestion. */
const LONGEST_TYPO = 80;

/** Suggestions made for one file before the rest of its problems go without (the problems are still reported). */
export const SUGGESTIONS_PER_FILE = 50;

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("desing" → "design"),
 * or `limit + 1` as soon as it must exceed `limit` (the rows are dropped, so it costs only
 * as much as it needs).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    // Every later row is at least this row's smallest entry: nothing closer can follow.
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from a candidate and still be taken for a typo of it. */
function typoLimit(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > LONGEST_TYPO) return undefined;
  const typed = word.toLowerCase();
  let limit = typoLimit(word);
  let best: string | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase(), limit);
    if (distance > limit) continue;
    // Only a strictly closer candidate can win from here on.
    best = candidate;
    if (distance === 0) break;
    limit = distance - 1;
  }
  return best;
}

/** The suggestion that ends a message: ` — did you mean "x"?`, or "" when nothing is close. */
export function suggestion(word: string | undefined): string {
  return word === undefined ? '' : ` — did you mean "${word}"?`;
}

/** " — did you mean "x"?" or "" (always the last words of a message). */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  return suggestion(closest(word, candidates));
}

/**
 * Suggestions looked for in one file, found or not. Only 20 problems of a file are shown, so past
 * this many nothing is worked out: a file of 40,000 unknown keys looked for 40,000 (most of them
 * in vain). Five times what is shown, so a file a person wrote keeps every suggestion it had.
 */
export const SUGGESTIONS_SOUGHT_PER_FILE = 100;

/** Makes suggestions for one file, up to SUGGESTIONS_PER_FILE of them. */
export class Suggester {
  private left = SUGGESTIONS_PER_FILE;
  private sought = 0;

  /** A suggestion, or "" once this file has had its share. */
  didYouMean(word: string, find: (word: string) => string | undefined): string {
    if (this.left <= 0 || ++this.sought > SUGGESTIONS_SOUGHT_PER_FILE) return '';
    const found = find(word);
    if (found !== undefined) this.left--;
    return suggestion(found);
  }
}

/** The words of an id or a question, lower-case: "shared-power.binding-decision" → shared, power, binding, decision. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function sameWord(typed: string, known: string): boolean {
  return typed === known || (typed.length >= 5 && editDistance(typed, known, 1) <= 1);
}

export interface Described {
  id: string;
  /** Words that say what the id is about (an indicator's question). */
  text?: string;
}

/**
 * The id meant by a misspelt or half-remembered one. An id whose own words, or its question's,
 * hold every word typed is preferred ("shared-power.decision" → "shared-power.binding-decision",
 * whose question is about the decision); otherwise the closest spelling.
 */
export function closestDescribed(word: string, candidates: readonly Described[]): string | undefined {
  if (word.length > LONGEST_TYPO) return undefined;
  const typed = words(word);
  let best: string | undefined;
  let bestScore = 0;
  let tied = false;
  const { described, ids } = wordsOf(candidates);
  for (const { id, own, about } of described) {
    let score = 0;
    for (const w of typed) {
      const points = own.some((k) => sameWord(w, k)) ? 2 : about.some((k) => sameWord(w, k)) ? 1 : 0;
      if (points === 0) {
        score = 0;
        break;
      }
      score += points;
    }
    if (score > bestScore) [best, bestScore, tied] = [id, score, false];
    else if (score > 0 && score === bestScore) tied = true;
  }
  if (best !== undefined && !tied) return best;
  return closest(word, ids);
}

interface CandidateWords {
  described: { id: string; own: string[]; about: string[] }[];
  ids: string[];
}

/**
 * The candidates' words, split once per list (a framework's list of indicators is made once), not
 * once per unknown key: a file of thousands of unknown keys split every question thousands of times.
 */
const candidateWords = new WeakMap<readonly Described[], CandidateWords>();

function wordsOf(candidates: readonly Described[]): CandidateWords {
  let found = candidateWords.get(candidates);
  if (!found) {
    found = {
      described: candidates.map((c) => ({ id: c.id, own: words(c.id), about: words(c.text ?? '') })),
      ids: candidates.map((c) => c.id),
    };
    candidateWords.set(candidates, found);
  }
  return found;
}

/** "a, b or c" (or "a, b and c") */
export function listWords(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
