// The precision gate on suggested levels (issue 19, point 7): a level at or above `involve` is
// suggested only when the sentence itself shows it — who acted is the subject of a main-clause verb
// of the stage, active, told as done (not hoped, proposed, quoted or reported), on the stage's own
// work rather than an event about it (delegate with the service side acting in the same sentence is
// held back in `read-sentence.ts`). Anything else about the stage is still quoted as its evidence, with the level left to a
// person. Each condition is one small function, so a reading can say which one held it back.
import type { ReaderCues } from '../model/types.js';
import { matches, type Actor } from './actors.js';
import type { Word } from './clauses.js';

/** Where the action stands in the sentence's words. */
export interface ActionSpan {
  start: number;
  end: number;
}

/** Words that open a relative clause when they follow a noun, a pronoun or a comma. */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words between who acted and the verb that leave it the clause's main verb ("have", "then", "all"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX']);
/** Parts of speech after which a relative word opens a relative clause. */
const BEFORE_RELATIVE = new Set(['NOUN', 'PROPN', 'PRON', 'PUNCT']);

/**
 * "would be accurate", "could say", "if residents ran it": a modal or a condition before the verb in
 * its clause makes it what might be, not what was. "they'd been asked", "we'd talked" are "had".
 */
export function hypothetical(reader: ReaderCues, words: Word[], from: number, action: ActionSpan): boolean {
  return matches(reader.hypothetical, words, from, action.start).some((m) => !pastPerfect(words, m.start));
}

/** "'d" before "been" or a past participle ("we'd talked") is "had", not "would". */
function pastPerfect(words: Word[], at: number): boolean {
  if (words[at]!.word !== 'd') return false;
  const next = words[at + 1];
  return next !== undefined && (next.word === 'been' || (/(?:ed|en|wn)$/.test(next.word) && next.word !== next.lemma));
}

/**
 * "The manager said young people led it": an action after a verb of saying in its clause is someone's
 * account of it. A clause before ("residents told surveys …: residents choose") is not.
 */
export function reported(reader: ReaderCues, words: Word[], from: number, action: ActionSpan): boolean {
  return words.slice(from, action.start).some((w) => w.pos === 'VERB' && (reader.reporting ?? []).includes(w.lemma));
}

/**
 * "'Young people shaped the materials' would be accurate": an action inside quotation marks, with a
 * modal outside them, is a wording put forward as what might be said, not told as done. A
 * participant's words quoted as they are ("we plan the sessions together") tell what they did.
 */
export function proposedWording(reader: ReaderCues, words: Word[], action: ActionSpan): boolean {
  if (!words[action.start]!.quoted) return false;
  const outside = words.map((w) => (w.quoted ? { ...w, word: '', lemma: '' } : w));
  return hypothetical(reader, outside, 0, { start: words.length, end: words.length });
}

/**
 * "which used it", "people who run": the verb stands in a relative clause, describing someone or
 * something, not telling what the clause's subject did.
 */
export function inRelativeClause(words: Word[], from: number, action: ActionSpan, actors: Actor[]): boolean {
  let k = action.start - 1;
  while (k >= from && BETWEEN_SUBJECT_AND_VERB.has(words[k]!.pos)) k--;
  // "which they ran": the relative word stands before who acted.
  const actor = actors.find((a) => a.end === k + 1 && a.start >= from);
  if (actor) k = actor.start - 1;
  return k > 0 && RELATIVES.has(words[k]!.word) && BEFORE_RELATIVE.has(words[k - 1]!.pos);
}

/**
 * "in shaping the plan", "Written by a member", ", shaping the materials": a verb after a preposition,
 * or a participle opening its clause, is no main verb with a subject of its own.
 */
export function nonFinite(words: Word[], from: number, action: ActionSpan): boolean {
  const verb = words[action.start]!;
  const before = words[action.start - 1];
  const participle = /(?:ing|ed|en|wn)$/.test(verb.word) && verb.word !== verb.lemma;
  if (!participle) return false;
  if (action.start === from || before?.pos === 'PUNCT') return true;
  return /ing$/.test(verb.word) && ['ADP', 'SCONJ'].includes(before?.pos ?? '');
}

/** "was planned and run by": a verb joined to a passive one shares its passive voice. */
export function coordinatedPassive(words: Word[], action: ActionSpan): boolean {
  const joined = ['and', 'or'].includes(words[action.start - 1]?.word ?? '');
  const first = words[action.start - 2];
  return joined && first?.pos === 'VERB' && words[action.start - 3]?.lemma === 'be';
}

/**
 * Where the noun a passive is about stands ("the café was run by"), over "was", "planned and",
 * "itself", and back over an aside ("the issue itself – loneliness – was chosen"); -1 if none.
 */
function passiveSubjectAt(words: Word[], from: number, action: ActionSpan): number {
  let k = action.start - 1;
  while (
    k >= from &&
    (['AUX', 'ADV', 'CCONJ', 'VERB', 'PART'].includes(words[k]!.pos) ||
      words[k]!.lemma === 'be' ||
      /sel(?:f|ves)$/.test(words[k]!.word))
  )
    k--;
  if (k < from) k = from - 1;
  while (k >= 0 && words[k]!.pos === 'PUNCT') k--;
  return k;
}

/**
 * A passive shows who did the work only when it names them after "by" and says what was done in a
 * noun ("the café was run by residents"), not a pronoun whose reference the reader must guess ("it
 * was planned and run by members").
 */
export function passiveWithoutItsWork(words: Word[], from: number, action: ActionSpan, byAgent: boolean): boolean {
  if (!byAgent) return true;
  const k = passiveSubjectAt(words, from, action);
  // "the documents behind it were designed": a pronoun after a preposition is not what the passive is about.
  return k < 0 || (words[k]!.pos === 'PRON' && words[k - 1]?.pos !== 'ADP');
}

/**
 * "ran an event", "planned the launch", "the second event was run by": what was done (the object, or
 * what a passive is about) is an event about the work, not the stage's own work (the service, the
 * plan, the decision).
 */
export function eventAboutTheWork(
  reader: ReaderCues,
  words: Word[],
  [from, to]: [number, number],
  action: ActionSpan,
  passive: boolean,
): boolean {
  if (passive) {
    const k = passiveSubjectAt(words, from, action);
    // The noun, or a phrase ending on it ("the open day").
    return k >= 0 && matches(reader.eventsAboutTheWork, words, Math.max(0, k - 2), k + 1).some((m) => m.end === k);
  }
  let end = action.end + 1;
  while (end < to && end <= action.end + 5 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'X'].includes(words[end]!.pos))
    end++;
  return matches(reader.eventsAboutTheWork, words, action.end + 1, end).length > 0;
}
