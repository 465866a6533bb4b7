// Finds the framework's cues in sentences: which stage levels and which answers each sentence
// suggests, leaving out every cue that a negation earlier in its clause cancels ("residents were
// not involved in deciding" suggests nothing), so a negated statement never yields a "yes".
import { findCue, parsedCues, type CueMatch } from './cues.js';
import type { Sentence } from './draft-text.js';
import { termWords } from '../assess/terms.js';
import type { Cues } from '../model/types.js';

export type SuggestedAnswer = 'yes' | 'partly' | 'no';

/** One cue found in one sentence. */
export interface CueHit {
  sentence: Sentence;
  /** The cue phrase as the framework writes it. */
  cue: string;
}

export interface SentenceHits {
  /** stage id → level id → hits */
  stages: Map<string, Map<string, CueHit[]>>;
  /** indicator id → answer → hits */
  answers: Map<string, Map<SuggestedAnswer, CueHit[]>>;
}

/** Where negations start in a sentence's words, less those that begin a "not only"-like phrase. */
function negationStarts(cues: Cues, words: string[]): number[] {
  const spared = new Set(parsedCues(cues.notNegations ?? []).flatMap((c) => findCue(c, words).map((m) => m.start)));
  return parsedCues(cues.negations)
    .flatMap((c) => findCue(c, words).map((m) => m.start))
    .filter((start) => !spared.has(start));
}

/** The first match of any phrase that no negation before its last word cancels. */
function firstStanding(
  phrases: readonly string[],
  words: string[],
  negations: number[],
): { cue: string; match: CueMatch } | undefined {
  for (const cue of parsedCues(phrases)) {
    const match = findCue(cue, words).find((m) => !negations.some((n) => n <= m.end));
    if (match) return { cue: cue.phrase, match };
  }
  return undefined;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nested<K, L, V>(map: Map<K, Map<L, V>>, key: K): Map<L, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

/** Words that start a new clause: a negation before them does not reach past them ("not X but Y"). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'whereas',
  'although',
  'though',
  'while',
  'whilst',
  'yet',
]);

/**
 * A sentence's clauses, as words. A negation cancels cues in its own clause only, so "Residents had
 * little say, so: local groups pitch and residents choose" still suggests the vote. A * in the text
 * is emphasis (markdown), never a wildcard.
 */
function clausesOf(text: string): string[][] {
  const clauses: string[][] = [];
  for (const part of text.replace(/\*/g, ' ').split(/[;:\u2014\u2013]|\s-\s/)) {
    let clause: string[] = [];
    for (const word of termWords(part)) {
      if (CLAUSE_WORDS.has(word) && clause.length > 0) {
        clauses.push(clause);
        clause = [];
      }
      clause.push(word);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}

/** The first phrase found standing (not cancelled) in any clause of the sentence. */
function standingIn(
  phrases: readonly string[],
  clauses: { words: string[]; negations: number[] }[],
): string | undefined {
  for (const { words, negations } of clauses) {
    const hit = firstStanding(phrases, words, negations);
    if (hit) return hit.cue;
  }
  return undefined;
}

export function findHits(cues: Cues, sentences: Sentence[]): SentenceHits {
  const hits: SentenceHits = { stages: new Map(), answers: new Map() };
  for (const sentence of sentences) {
    const clauses = clausesOf(sentence.text).map((words) => ({ words, negations: negationStarts(cues, words) }));
    for (const stage of cues.stages ?? []) {
      for (const [level, phrases] of Object.entries(stage.levels)) {
        const cue = standingIn(phrases, clauses);
        if (cue) add(nested(hits.stages, stage.id), level, { sentence, cue });
      }
    }
    for (const indicator of cues.answers) {
      for (const answer of ['yes', 'partly', 'no'] as const) {
        const cue = standingIn(indicator[answer] ?? [], clauses);
        if (cue) add(nested(hits.answers, indicator.id), answer, { sentence, cue });
      }
    }
  }
  return hits;
}
