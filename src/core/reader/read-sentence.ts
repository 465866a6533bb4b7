// One sentence read as a person reads it: in each clause, who acted (an actor of the community or
// the service side, or "we" and "they" resolved), what they did and at which stage, and the words
// that say how far power was shared. A clause that is negated, only an aim, or a self-label gives no
// level; a plan gives `not-yet` with the level planned. When the clause does not show who did
// what, the sentence is still quoted at its stage, with the level left to a person (`unknown`).
// A level asks for what a person would need to be sure of it: someone of a named side in the
// clause; for collaborate, the other side in the sentence (or the sender's "we" once the email has
// shown a partnership); for delegate, the service side not acting in the same sentence; for none,
// words saying people were left out.
import { levelRank } from '../framework/levels.js';
import type { Framework, PartnerSide, ReaderCues } from '../model/types.js';
import { actorsIn, afterWith, matches, otherSide, type Actor, type Context, type Match } from './actors.js';
import { clauseRanges, wordsOfTokens, type Word } from './clauses.js';
import {
  coordinatedPassive,
  eventAboutTheWork,
  hypothetical,
  inRelativeClause,
  nonFinite,
  passiveWithoutItsWork,
  proposedWording,
  reported,
} from './level-gate.js';
import type { Token } from './tokens.js';

export const UNKNOWN_LEVEL = 'unknown';

/** What one clause says about one stage. */
export interface Reading {
  stage: string;
  /** A level id, or `unknown` when the sentence does not show who did what. */
  level: string;
  /** Only planned or hoped for: not evidence that it happened. */
  planned: boolean;
  /** Why, in a few words, for the report. */
  why: string;
}

/** Parts of speech inside a noun phrase ("a new tenants' panel"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'X']);
/** Words that say people did something among themselves. */
const RECIPROCAL = ['each other', 'one another'];
/** Words that bring in what something was instead of. */
const INSTEAD = ['rather than', 'instead of'];
/** Words that open a reported question: an aim word after one is part of the question. */
const QUESTION_WORDS = new Set(['what', 'how', 'whether', 'which', 'where', 'when', 'why']);
/** Words of asking that, followed by "to" and a verb, ask people to do something ("asked us to help"). */
const REQUESTS = new Set(['ask', 'invite']);
const POSSESSIVE = new Set(['our', 'ours', 'my', 'their', 'theirs']);
/** Pronouns that only ever stand for whom something was done to: "we went through them" — never who acted. */
const OBJECT_PRONOUNS = new Set(['them', 'us', 'me']);
/** Words that open a relative clause: "a design company called Snook who facilitated". */
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words that open a reported question: "how they'd evaluate it", "whether peer supporters should be paid". */
const REPORTED = new Set(['what', 'how', 'whether', 'which', 'why']);
interface Action {
  stage: string;
  start: number;
  end: number;
  kind: 'verb' | 'role' | 'topic' | 'label';
}

/** Parts of speech that may follow a verb: "residents sets each year's priorities". */
const AFTER_VERB = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADP', 'ADV', 'NUM', 'ADJ']);

/**
 * A verb, or a word the tagger took for a noun where only a verb fits: straight after who acted and
 * before its object ("The steering group of residents sets each year's priorities").
 */
function verbAt(words: Word[], i: number, actorEnds: Set<number>): boolean {
  const word = words[i]!;
  if (word.name) return false;
  if (word.pos === 'VERB') return true;
  if (word.pos !== 'NOUN' || !AFTER_VERB.has(words[i + 1]?.pos ?? '')) return false;
  // "to shape the policy", "help shape the policy": only a verb follows these.
  const before = words[i - 1];
  return actorEnds.has(i) || (before?.word === 'to' && before.pos === 'PART') || before?.lemma === 'help';
}

function actionsIn(
  reader: ReaderCues,
  words: Word[],
  [from, to]: [number, number],
  actorEnds: Set<number>,
  actors: Actor[],
): Action[] {
  const found: Action[] = [];
  // "one of our staff who does the admin": a word that names someone is not their action.
  const named = (i: number) => actors.some((a) => !a.pronoun && a.start <= i && i < a.end);
  const add = (source: Record<string, string[]> | undefined, kind: Action['kind'], verbOnly: boolean) => {
    for (const [stage, phrases] of Object.entries(source ?? {})) {
      for (const m of matches(phrases, words, from, to)) {
        // The verb of a phrase stands at one end of it: "set … priorities", "the priorities … agreed".
        if (verbOnly && !verbAt(words, m.start, actorEnds) && !(m.end > m.start && verbAt(words, m.end, actorEnds)))
          continue;
        if (kind === 'verb' && named(m.start)) continue;
        // A role is a noun: "users to judge the results" is an action, not a judge.
        if (kind === 'role' && words[m.start]!.pos === 'VERB') continue;
        found.push({ stage, start: m.start, end: m.end, kind });
      }
    }
  };
  add(reader.actions, 'verb', true);
  add(reader.roles, 'role', false);
  add(reader.topics, 'topic', false);
  add(reader.selfLabels, 'label', true);
  // "the public vote": a noun for an act, straight after who did it, is read as that act.
  for (const a of found)
    if (
      a.kind === 'topic' &&
      actorEnds.has(a.start) &&
      matches(reader.actNouns, words, a.start, a.start + 1).length > 0
    )
      a.kind = 'verb';
  // "The evaluation was carried out by a university team", "the research was done by young people":
  // a verb that only says something was done takes its stage from the work it names.
  for (const light of matches(reader.lightVerbs, words, from, to)) {
    // "Tenants do all the running": "do" before a noun is the main verb, whatever its tag.
    const mainDo = words[light.start]!.pos === 'AUX' && words[light.end + 1]?.pos === 'DET';
    if (words[light.start]!.pos !== 'VERB' && !mainDo) continue;
    // "carry out the engagement that is informing the review": a noun in a relative clause is not
    // the work the light verb names.
    const topics = found.filter((a) => a.kind === 'topic' && !relativeBetween(words, light.start, a.start));
    const work = topics.sort((a, b) => Math.abs(a.start - light.start) - Math.abs(b.start - light.start))[0];
    if (!work) continue;
    for (let k = found.length - 1; k >= 0; k--) {
      const a = found[k]!;
      if (a.kind === 'verb' && a.start <= light.end && a.end >= light.start) found.splice(k, 1);
    }
    found.push({ stage: work.stage, start: light.start, end: light.end, kind: 'verb' });
  }
  // "worked out the rules together": a bare verb of a `needsNamed` stage (define) is that stage's
  // work only where the clause says what the need is, and the other stage's (design) otherwise.
  const bare = (m: Match) => words.slice(m.start, m.end + 1).every((w) => !['NOUN', 'PROPN'].includes(w.pos));
  // What the need is may be named by the stage's own phrases too ("what the actual problem was").
  const needNamed = (stage: string) =>
    matches([...(reader.needWords ?? []), ...(reader.topics?.[stage] ?? [])], words, from, to).length > 0 ||
    matches(reader.actions[stage], words, from, to).some((m) => !bare(m));
  for (const a of found) {
    const otherwise = reader.needsNamed?.[a.stage];
    if (a.kind === 'verb' && bare(a) && otherwise !== undefined && !needNamed(a.stage)) a.stage = otherwise;
  }
  // Where two actions overlap, the longer is the one meant ("agree the priorities" is define, not decide).
  return found.filter(
    (a) =>
      !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start) &&
      !(a.kind !== 'verb' && found.some((b) => b.kind === 'verb' && b.stage === a.stage)),
  );
}

/** True when a relative word ("that", "which", "who") stands between two words of a clause. */
function relativeBetween(words: Word[], a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return words.slice(lo + 1, hi).some((w) => RELATIVES.has(w.word) && w.pos !== 'SCONJ');
}

/**
 * Where a relative clause about a thing begins ("the engagement that is informing the review"): its
 * words describe the thing, not how the clause's actors took part. A relative clause about an actor
 * ("residents who advised the council") is theirs, and is read.
 */
function relativeAboutThing(words: Word[], actors: Actor[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if (!RELATIVES.has(words[i]!.word) || words[i]!.pos === 'SCONJ') continue;
    const before = words[i - 1]!;
    if (before.pos === 'NOUN' && !actors.some((a) => a.start <= i - 1 && i - 1 < a.end)) return i;
  }
  return to;
}

/**
 * Where a reported question begins in a clause ("ideas about how the halls could be run … alongside
 * other services"): what it holds is what was asked or thought about, not how anyone took part. Not
 * at the clause's start, and not after a comma or "be" (", which…", "that's how…").
 */
function reportedQuestionAt(words: Word[], from: number, to: number): number {
  for (let q = from + 1; q < to; q++)
    if (REPORTED.has(words[q]!.word) && words[q - 1]?.word !== ',' && words[q - 1]?.lemma !== 'be') return q;
  return to;
}

/** True when a negation stands before a verb in its clause, or anywhere in the clause of a noun ("volunteers were not involved"). */
function negated(ctx: Context, words: Word[], [from, to]: [number, number], action: Action): boolean {
  const end = action.kind === 'verb' ? action.end + 1 : to;
  const spared = new Set(matches(ctx.notNegations, words, from, end).map((m) => m.start));
  return matches(ctx.negations, words, from, end).some(
    (m) => !spared.has(m.start) && (action.kind !== 'verb' || m.start <= action.start),
  );
}

/** True when the nearest actor before a word of asking or telling ("asked", "survey") is of the service side. */
function askedByService(ctx: Context, words: Word[], actors: Actor[], [from, to]: [number, number]): boolean {
  const { reader, framework } = ctx;
  return Object.entries(reader.relations)
    .filter(([level]) => levelRank(framework, level) < levelRank(framework, reader.levels.roleOnly))
    .some(([, phrases]) =>
      matches(phrases, words, from, to).some((m) => {
        const before = actors.filter((a) => a.start >= from && a.end <= m.start);
        return before[before.length - 1]?.side === 'service';
      }),
    );
}

/** True when a negation stands anywhere in the clause. */
function clauseNegated(ctx: Context, words: Word[], [from, to]: [number, number]): boolean {
  const spared = new Set(matches(ctx.notNegations, words, from, to).map((m) => m.start));
  return matches(ctx.negations, words, from, to).some((m) => !spared.has(m.start));
}

function lowest(framework: Framework, levels: string[]): string | undefined {
  return [...levels].sort((a, b) => levelRank(framework, a) - levelRank(framework, b))[0];
}

/** The levels the relation words in a range name, less those that say no one took part that way. */
function relationLevels(
  ctx: Context,
  words: Word[],
  actors: Actor[],
  from: number,
  to: number,
  /** Action phrases in the range: a relation noun inside one is what was acted on ("went through the feedback"). */
  actionSpans: Match[] = [],
): string[] {
  // "drawn together" is not people together; "without asking residents" is no one asked.
  const notShared = [
    ...matches(ctx.reader.notShared, words, from, to),
    ...matches(ctx.reader.leftOut, words, from, to),
  ];
  // "asked to design something rather than just fill in a questionnaire": what it was instead of is not what happened.
  const instead = matches(INSTEAD, words, from, to).map((m) => m.start);
  const relative = Math.min(relativeAboutThing(words, actors, from, to), reportedQuestionAt(words, from, to));
  const standing = (m: Match) =>
    !notShared.some((n) => n.start <= m.start && n.end >= m.end) &&
    !instead.some((at) => at < m.start) &&
    m.start < relative &&
    !(words[m.start]!.pos === 'NOUN' && actionSpans.some((a) => a.start < m.start && m.end <= a.end));
  // Helping and advising say how far people took part only when people did it: "the council helped
  // us run it" and "officers advised the panel" say what the service side did, not people's part.
  const byPeople = (level: string, m: Match) => {
    if (level !== ctx.reader.levels.roleOnly) return true;
    const before = actors.filter((a) => a.start >= from && a.end <= m.start);
    return before[before.length - 1]?.side !== 'service';
  };
  // "The housing association asked us to help design it": asked to do something, not for views;
  // people took part in the service side's work (roleOnly), which the words after "to" may raise.
  const requested = (m: Match) =>
    REQUESTS.has(words[m.start]!.lemma) &&
    words.slice(m.end + 1, Math.min(to, m.end + 5)).some((w) => w.word === 'to' && w.pos === 'PART');
  const levels = Object.entries(ctx.reader.relations).flatMap(([level, phrases]) =>
    matches(phrases, words, from, to)
      .filter((m) => standing(m) && byPeople(level, m))
      .map((m) => (requested(m) ? ctx.reader.levels.roleOnly : level)),
  );
  return [...new Set(levels)];
}

/** The relation words found in a range, as the lowest level they name. */
function relationLevel(ctx: Context, words: Word[], actors: Actor[], from: number, to: number): string | undefined {
  return lowest(ctx.framework, relationLevels(ctx, words, actors, from, to));
}

/** A verb in the past tense: "planned", "wanted" (the form differs from its dictionary form and ends so). */
function pastTense(word: Word): boolean {
  return word.word !== word.lemma && /(?:ed|was|were)$/.test(word.word);
}

function afterBe(words: Word[], i: number): boolean {
  return i > 0 && ['be', 'get'].includes(words[i - 1]!.lemma);
}

/**
 * A participle straight after a comma describes what came before it (", chosen so the group looked
 * like Scotland"): done to them, not by them.
 */
function reducedPassive(words: Word[], i: number): boolean {
  const word = words[i]!;
  if (word.word === word.lemma || !/(?:ed|en|wn)$/.test(word.word)) return false;
  if (words[i - 1]?.word === ',') return true;
  // "We were 100 residents picked at random": a noun after "be" says what someone is, and a
  // participle straight after it describes them; it is not their action.
  let k = i - 1;
  while (k >= 0 && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(words[k]!.pos)) k--;
  return k < i - 1 && k >= 0 && words[k]!.lemma === 'be';
}

/**
 * Who did the action: the actor nearest before it in the clause, or the one after "by" in a passive;
 * `null` when the clause shows it was someone the reader does not know ("a company called Snook who
 * facilitated"), so the clause before lends no subject either.
 */
function subjectOf(
  actors: Actor[],
  words: Word[],
  from: number,
  action: Action,
  partnerOf: (actor: Actor) => Action | undefined,
): Actor | null | undefined {
  const after = actors.find(
    (a) =>
      a.start > action.end &&
      a.start <= action.end + 4 &&
      words.slice(action.end + 1, a.start).some((w) => w.word === 'by'),
  );
  if (after) return after;
  const passive = action.kind === 'verb' && (afterBe(words, action.start) || reducedPassive(words, action.start));
  // "…and a design company called Snook who facilitated": after "who" the one who acted is the noun
  // just before it, and no one the reader knows when that noun is no actor.
  let k = action.start - 1;
  while (k > from && ['ADV', 'AUX'].includes(words[k]!.pos)) k--;
  if (action.kind === 'verb' && RELATIVES.has(words[k]?.word ?? '') && k > from)
    return passive ? undefined : (actors.find((a) => a.end === k && !a.pronoun) ?? null);
  // "our own pockets", "their projects": a possessive names an owner, not who acted; and "the
  // council worked with local groups to deliver it": those after "with" are partners, not who acted.
  const before = actors.filter(
    (a) =>
      a.end <= action.start &&
      a.start >= from &&
      !(a.pronoun && POSSESSIVE.has(words[a.start]!.word)) &&
      !(afterWith(words, from, a) && partnerOf(a) === action),
  );
  // "with a member of staff writing on flip charts": the one just before an "-ing" after "with" is
  // who did it, not a partner in someone else's work.
  const doing = actors.find(
    (a) => a.end === action.start && /ing$/.test(words[action.start]!.word) && afterWith(words, from, a),
  );
  if (doing) return doing;
  const nearest = before[before.length - 1];
  // "it was talked through until the group agreed": a noun just before the verb that names no one
  // the reader knows is who acted, so no actor further back or in the clause before is.
  if (!nearest && !passive && action.kind === 'verb' && unplacedSubjectBefore(words, from, action, actors)) return null;
  // "we went through them … writing": "them" is what was acted on, and it stands where who acted
  // would, so no one earlier in the clause is taken for who acted either ("it's us delivering" is
  // not the local groups named before).
  if (
    passive ||
    (nearest?.pronoun && OBJECT_PRONOUNS.has(words[nearest.start]!.word) && !/ing$/.test(words[action.start]!.word))
  )
    return undefined;
  return nearest;
}

function unplacedSubjectBefore(words: Word[], from: number, action: Action, actors: Actor[]): boolean {
  let k = action.start - 1;
  while (k > from && ['ADV', 'AUX'].includes(words[k]!.pos)) k--;
  return (
    k > from &&
    ['NOUN', 'PROPN'].includes(words[k]!.pos) &&
    ['DET', 'ADJ'].includes(words[k - 1]?.pos ?? '') &&
    !actors.some((a) => a.start <= k && k < a.end)
  );
}

/** The others in the action: actors after "with" or "alongside" in the clause. */
function partnersOf(actors: Actor[], words: Word[], from: number, to: number): Actor[] {
  return actors.filter((a) => a.start >= from && a.start < to && afterWith(words, from, a));
}

/** Sides present in the action: the subject's, the partners', and the sender's "we". */
function sidesOf(subject: Actor | undefined, partners: Actor[]): Set<PartnerSide> {
  const sides = new Set<PartnerSide>();
  for (const a of [subject, ...partners]) if (a?.side) sides.add(a.side);
  return sides;
}

/**
 * Collaboration words count only where both sides took part, as a person would need to see it: the
 * other side named in the action or elsewhere in the sentence ("two of the parents … work alongside
 * the council's own coordinator"), or the sender's "we" once the email has shown the sender's side
 * working with the other side, so that "we" is that partnership ("we sit down together"). "Officers
 * worked together" and "residents worked together" are not the two sides sharing the work.
 */
function sharedIsShown(
  ctx: Context,
  subject: Actor | undefined,
  partners: Actor[],
  sentenceSides: Set<PartnerSide>,
): boolean {
  const sides = sidesOf(subject, partners);
  if (sides.size > 1) return true;
  const named = subject && !subject.pronoun ? subject.side : undefined;
  if (named) return sentenceSides.has(otherSide(named));
  const bySender = subject?.pronoun === 'sender' || subject === undefined;
  if (!bySender || !partners.every((p) => p.pronoun === 'sender')) return false;
  return sentenceSides.size > 1 || ctx.partnership === true;
}

interface ClauseReading extends Reading {
  /** The level came from who acted (a community or service actor, no relation word). */
  fromActor: boolean;
  /** The service side did the action, not negated: a community decision in the same sentence is not theirs alone. */
  byService: boolean;
  /** Read from a verb ("agreed to drop"), not a role or a topic noun. */
  verb: boolean;
  /** Who took part in the action, as far as the clause says. */
  who: Actor[];
  /** Why the sentence does not show a level above the role (the gate of `level-gate.ts`), if it does not. */
  held?: string;
}

function readClause(
  ctx: Context,
  words: Word[],
  actors: Actor[],
  [from, to]: [number, number],
  inherited: Actor | undefined,
  sentenceFlags: SentenceFlags,
  /** A plan or aim opened the sentence before a colon ("What I'd like to see next: …"): it covers this clause. */
  lead: { plan: boolean; aim: boolean } = { plan: false, aim: false },
): ClauseReading[] {
  const { reader, framework } = ctx;
  // An aim or a commitment is not an action: its stage is quoted for a person, with no level.
  // "what the priorities should be" asks a question; it is not the writer's aim.
  const aim =
    lead.aim ||
    matches(reader.aims, words, from, to).some(
      (m) => !words.slice(from, m.start).some((w) => QUESTION_WORDS.has(w.word)),
    );
  // "The council planned to sell", "I wanted to wait": an intention told in the past is no plan of
  // the project's; it is not evidence of anything done either, so it is quoted with no level.
  const plans = matches(reader.plans, words, from, to);
  const planned =
    lead.plan ||
    plans.some((m) => !pastTense(words[m.start]!) && !['was', 'were'].includes(words[m.start - 1]?.word ?? ''));
  const pastIntention = plans.length > 0 && !planned;
  const actorEnds = new Set(actors.map((a) => a.end));
  const actions = actionsIn(reader, words, [from, to], actorEnds, actors);
  const levels = relationLevels(
    ctx,
    words,
    actors,
    from,
    to,
    actions.filter((a) => a.kind === 'verb'),
  );
  const shared = reader.levels.sharedWithOtherSide;
  // "Residents and staff designed the garden together over six workshops": both sides named doing
  // it together outweighs the method; a workshop alone, or "with" alone, does not.
  const bothSidesHere =
    new Set(actors.filter((a) => a.start >= from && a.start < to && a.side).map((a) => a.side)).size > 1;
  const clauseRelation = levels.includes(shared) && bothSidesHere ? shared : lowest(framework, levels);
  const readings: ClauseReading[] = [];
  const consult = Object.keys(reader.relations).filter(
    (level) => levelRank(framework, level) < levelRank(framework, reader.levels.roleOnly),
  );
  const methodInClause = consult.some((level) => matches(reader.relations[level], words, from, to).length > 0);
  const verbs = actions.filter((a) => a.kind === 'verb');
  // "with X" belongs to the verb before it ("co-wrote the specification with commissioners, and the
  // version they signed off"), or to the first verb after it when none comes before.
  const ownerOf = (partner: Actor): Action | undefined =>
    afterWith(words, from, partner)
      ? (verbs.filter((v) => v.start < partner.start).pop() ?? verbs.find((v) => v.start > partner.start))
      : undefined;
  for (const action of actions) {
    if (aim || pastIntention || negated(ctx, words, [from, to], action)) {
      const why = aim
        ? 'an aim, not an action'
        : pastIntention
          ? 'an intention, not an action'
          : 'said not to have happened';
      // Not done, or only meant, is still about the stage it names: "the theme was not picked by managers" is define.
      if (action.kind === 'verb') readings.push(unread(aboutNeeds(ctx, words, [from, to], action.stage), planned, why));
      continue;
    }
    // "The survey we ran", "we held workshops": running a consultation is how views were asked,
    // not the delivery of the work itself.
    // "We set up a tenants' panel", "ran a forum": the means of taking part, likewise.
    const meansOfTakingPart =
      methodInClause ||
      matches(reader.groups, words, action.end + 1, Math.min(to, action.end + 5)).some(
        // Its object: only the words of one noun phrase between ("set up a tenants' panel", not "run by the panel").
        (m) => words.slice(action.end + 1, m.start).every((w) => NOUN_PHRASE.has(w.pos)),
      );
    if (action.kind === 'verb' && reader.notWhenConsulting?.includes(action.stage) && meansOfTakingPart) continue;
    // A passive with no "by" names no one: it does not take the subject of the clause before.
    const passive = action.kind === 'verb' && (afterBe(words, action.start) || reducedPassive(words, action.start));
    const own = subjectOf(actors, words, from, action, ownerOf);
    const subject =
      (own === null ? undefined : own) ??
      (action.kind === 'verb' && !passive && own !== null ? inherited : undefined) ??
      (action.kind === 'role' ? actors.find((a) => a.start >= from && a.end <= action.start) : undefined);
    // "people who run local services": an action in a relative clause about someone the reader
    // cannot place describes them; it is not the work, and no relation word in the clause sets its level.
    if (own === null && action.kind === 'verb' && subject === undefined) {
      readings.push(
        unread(aboutNeeds(ctx, words, [from, to], action.stage), planned, 'done by someone the text does not place'),
      );
      continue;
    }
    // "Our community council wrote to the council to find out…": an action addressed to someone is
    // a letter or a word to them, not that stage's work.
    if (action.kind === 'verb' && addressedTo(words, actors, action)) continue;
    // A passive's object stands before it, maybe clauses before ("the issue itself – … – was chosen").
    const stage =
      objectIsNeed(ctx, words, action, to) ?? aboutNeeds(ctx, words, [passive ? 0 : from, to], action.stage);
    // "separate out what young people have done", "sheets on how they'd evaluate their idea": an
    // action inside a reported question is what was asked or written about, not what was done.
    if (action.kind === 'verb' && insideQuestion(words, from, action, own ?? undefined)) {
      readings.push(unread(stage, planned, 'what was asked about, not what was done'));
      continue;
    }
    const partners = partnersOf(actors, words, from, to).filter(
      (p) => p !== subject && (action.kind !== 'verb' || ownerOf(p) === action),
    );
    // "Members ran workshops for each other": the community side held the workshop or survey, so
    // the words of consultation say nothing of who was consulted.
    // The sender's "we" whose side the email does not say ("we interviewed one of the staff") is
    // likewise the one asking, not shown to be the one asked.
    const byCommunity =
      action.kind === 'verb' &&
      (subject?.side === 'community' || (subject?.pronoun === 'sender' && subject.side === undefined));
    // But "the council asked residents to vote on three designs": the service side asked, so the
    // vote was the answer to its question.
    // "they interviewed each other": people asking one another is their own work, not their being asked.
    const methodOnly =
      (byCommunity || matches(RECIPROCAL, words, from, to).length > 0) &&
      clauseRelation !== undefined &&
      levelRank(framework, clauseRelation) < levelRank(framework, reader.levels.roleOnly) &&
      !askedByService(ctx, words, actors, [from, to]);
    // "Members wrote the recommendations": a word of taking part that is what the community side
    // made is their work's product, not how far they took part.
    const productOnly =
      byCommunity && clauseRelation !== undefined && relationsAreObjectOf(ctx, words, [from, to], action);
    const relation = methodOnly || productOnly ? undefined : clauseRelation;
    const { level, why, fromActor, byService } = levelOf(ctx, words, actors, [from, to], {
      action,
      subject,
      partners,
      relation,
      bothSidesHere,
      flags: sentenceFlags,
      objectOfVerb: subject !== undefined && objectOfVerb(words, from, subject),
    });
    const byAgent = own !== null && own !== undefined && own.start > action.end;
    const held =
      why === 'an equal say' ? undefined : heldBack(ctx, words, actors, [from, to], { action, passive, byAgent });
    readings.push({
      stage,
      level: level ?? UNKNOWN_LEVEL,
      planned,
      why: why || 'who did what is not said',
      fromActor,
      byService,
      verb: action.kind === 'verb',
      who: [...(subject ? [subject] : []), ...partners],
      ...(held ? { held } : {}),
    });
  }
  return readings;
}

/**
 * Why the sentence does not show a level above the role for this action, or undefined when it does:
 * only an action told as done (no modal, condition, quoted wording or verb of saying before it), and
 * for a verb one in the main clause, active or a passive naming who did it, on the stage's own work.
 * An equal vote shows the level by itself.
 */
function heldBack(
  ctx: Context,
  words: Word[],
  actors: Actor[],
  [from, to]: [number, number],
  { action, passive, byAgent }: { action: Action; passive: boolean; byAgent: boolean },
): string | undefined {
  const { reader } = ctx;
  if (proposedWording(reader, words, action)) return 'a wording proposed in quotation marks';
  if (hypothetical(reader, words, from, action)) return 'what might be, not what was';
  if (reported(reader, words, from, action)) return 'what someone said';
  if (action.kind !== 'verb') return undefined;
  const passiveHere = passive || coordinatedPassive(words, action);
  if (passiveHere && passiveWithoutItsWork(words, from, action, byAgent))
    return 'a passive that does not say who did what';
  if (inRelativeClause(words, from, action, actors)) return 'in a clause about someone or something';
  if (nonFinite(words, from, action)) return 'not the main verb of its clause';
  if (eventAboutTheWork(reader, words, [from, to], action, passiveHere)) return 'an event about the work, not the work';
  return undefined;
}

/** What the clause shows of one action, for its level. */
interface ActionFacts {
  action: Action;
  subject: Actor | undefined;
  partners: Actor[];
  /** The level the clause's relation words give, if any count for this action. */
  relation: string | undefined;
  bothSidesHere: boolean;
  flags: SentenceFlags;
  /** Who acted is the object of another verb ("involve the community in delivering"): taking part in another's work. */
  objectOfVerb: boolean;
}

/**
 * The level one action shows, and why: an equal say, the relation words (only with someone of a
 * side in the clause), both sides together, the community side with the service side, the community
 * side alone, in a role, or the service side (none only where people were left out).
 */
function levelOf(
  ctx: Context,
  words: Word[],
  actors: Actor[],
  [from, to]: [number, number],
  { action, subject, partners, relation, bothSidesHere, flags: sentenceFlags, objectOfVerb: anObject }: ActionFacts,
): { level: string | undefined; why: string; fromActor: boolean; byService: boolean } {
  const { reader, framework } = ctx;
  let level: string | undefined;
  let why = '';
  let fromActor = false;
  let byService = false;
  // Who took part, as far as the clause says: without anyone of either side, words such as
  // "survey" or "together" say how, not who, and a person has to say the level.
  const someoneHere =
    subject?.side !== undefined || actors.some((a) => a.start >= from && a.start < to && a.side !== undefined);
  const equalStanding =
    matches(reader.equals, words, from, to).length > 0 &&
    [subject, ...actors.filter((a) => a.start >= from && a.start < to)].some((a) => a?.side === 'community');
  if (equalStanding && (relation === undefined || relation === reader.levels.sharedWithOtherSide)) {
    level = reader.levels.sharedWithOtherSide;
    why = 'an equal say';
  } else if (relation !== undefined && relation !== reader.levels.sharedWithOtherSide) {
    if (someoneHere) level = relation;
    why = someoneHere ? `the words say ${relation}` : `the words say ${relation}, but not who took part`;
  } else if (relation === reader.levels.sharedWithOtherSide) {
    if (bothSidesHere || sharedIsShown(ctx, subject, partners, sentenceFlags.sides)) {
      level = relation;
      why = 'both sides did it together';
    }
  } else if (action.kind === 'label') {
    why = 'a label for the work, not what was done';
  } else if (subject?.side && partners.some((p) => p.side && p.side !== subject.side)) {
    // "Staff ran sessions with young people": when the service side acts "with" the community, the
    // community may be those it was done for; only the community side acting with the service
    // side ("we redesigned it with the council staff") shows the work shared.
    level = subject.side === 'service' ? reader.levels.roleOnly : reader.levels.sharedWithOtherSide;
    fromActor = true;
    why = `${subject.name} with ${partners.map((p) => p.name).join(', ')}`;
  } else if (
    subject?.side === 'community' &&
    action.kind === 'verb' &&
    // The sender's "we" alone may be a mixed group or the sender's own organisation, and "they" is
    // only a guess at who was meant: the stage is plainly the community side's only when a community
    // actor is named (and not as the object of another's verb: "involve the community in delivering"),
    // or the service side signed it off.
    ((!subject.pronoun && !anObject && !withOthers(words, actors, subject)) || sentenceFlags.endorsedByService)
  ) {
    level = reader.levels.communityAlone;
    fromActor = true;
    why = `${subject.name} did it`;
  } else if (subject?.side === 'community' && action.kind === 'role') {
    level = reader.levels.roleOnly;
    why = `${subject.name} in that role`;
  } else if (subject?.side === 'service' && action.kind === 'verb') {
    // The service side acting says nothing of whether people took part, unless the clause says
    // they were left out ("officers decided without asking anyone").
    fromActor = true;
    byService = true;
    if (matches(reader.leftOut, words, 0, words.length).length > 0) level = reader.levels.serviceAlone;
    why = level ? `${subject.name} alone` : `${subject.name} did it; whether others took part is not said`;
  }
  // "ran an event at the Parliament to share their ideas": telling others about the work is not running it.
  if (
    level === reader.levels.communityAlone &&
    fromActor &&
    matches(reader.tellingOthers?.[action.stage], words, action.end + 1, to).length > 0
  ) {
    level = undefined;
    why = `${subject?.name ?? 'they'} did it to tell others about the work, not to run it`;
  }
  if (level !== undefined && subject?.side === 'community' && fromActor) {
    if (sentenceFlags.overruled) {
      level = lowest(framework, [level, reader.levels.overruled]);
      why += ', but the decision was not theirs in the end';
    } else if (sentenceFlags.endorsedByService && level === reader.levels.communityAlone) {
      level = reader.levels.endorsed;
      why += ', and the service side approved it';
    }
  }
  return { level, why, fromActor, byService };
}

/**
 * "Outcomes agreed by young people, partners and officers": who acted is listed with others the
 * reader cannot place, so the community side is not shown acting alone.
 */
function withOthers(words: Word[], actors: Actor[], subject: Actor): boolean {
  const next = words[subject.end];
  if (next?.word !== ',' && next?.word !== 'and') return false;
  let k = subject.end + 1;
  while (k < words.length && ['DET', 'ADJ', 'NUM'].includes(words[k]!.pos)) k++;
  return ['NOUN', 'PROPN'].includes(words[k]?.pos ?? '') && !actors.some((a) => a.start <= k && k < a.end);
}

/** Every relation word in the clause is a noun standing as the action's object ("wrote the recommendations"; not "worked out together"). */
function relationsAreObjectOf(ctx: Context, words: Word[], [from, to]: [number, number], action: Action): boolean {
  const found = Object.values(ctx.reader.relations).flatMap((phrases) => matches(phrases, words, from, to));
  return (
    found.length > 0 &&
    found.every(
      (m) =>
        words[m.start]!.pos === 'NOUN' &&
        m.start > action.end &&
        m.start <= action.end + 3 &&
        words.slice(action.end + 1, m.start).every((w) => ['DET', 'ADJ', 'NUM'].includes(w.pos)),
    )
  );
}

/** "wrote to the council", "spoke to residents": the verb is followed by "to" and someone. */
function addressedTo(words: Word[], actors: Actor[], action: Action): boolean {
  if (words[action.end + 1]?.word !== 'to') return false;
  let k = action.end + 2;
  while (k < words.length && ['DET', 'ADJ', 'PROPN'].includes(words[k]!.pos) && !actors.some((a) => a.start === k)) k++;
  return actors.some((a) => a.start === k && !a.pronoun) || ['us', 'them', 'me'].includes(words[k]?.word ?? '');
}

/**
 * True when a question word stands before the action and its subject ("on how they'd evaluate",
 * "about whether peer supporters should be paid", "picked which ideas to take forward"), not at the
 * clause's start and not after a comma (", which those councils ran": a relative clause).
 */
function insideQuestion(words: Word[], from: number, action: Action, subject: Actor | undefined): boolean {
  const end = subject?.start ?? action.start;
  for (let q = end - 1; q > from; q--) {
    if (!REPORTED.has(words[q]!.word)) continue;
    // ", which those councils ran" opens a relative clause; "that's how they decided" says how it happened.
    if (words[q - 1]?.word === ',' || words[q - 1]?.lemma === 'be') continue;
    // A comma between ends the question: "…on what the priorities should be, and the team then set them".
    if (!words.slice(q, end).some((w) => w.word === ',')) return true;
  }
  return false;
}

/** The actor stands straight after another verb, as its object: "involve the community in delivering". */
function objectOfVerb(words: Word[], from: number, subject: Actor): boolean {
  let k = subject.start - 1;
  while (k >= from && ['DET', 'ADJ', 'NUM'].includes(words[k]!.pos)) k--;
  return k >= from && words[k]!.pos === 'VERB';
}

/**
 * "rewrote the problem as…", "wrote a shared vision": a verb whose object is what the need is does
 * the work of the stage of needs (the first of `needsNamed`: define), whatever the verb's own stage.
 */
function objectIsNeed(ctx: Context, words: Word[], action: Action, to: number): string | undefined {
  const into = Object.keys(ctx.reader.needsNamed ?? {})[0];
  if (into === undefined || action.kind !== 'verb' || action.stage === into) return undefined;
  let end = action.end + 1;
  while (end < to && end <= action.end + 4 && NOUN_PHRASE.has(words[end]!.pos)) end++;
  const needs = [...(ctx.reader.needWords ?? []), ...(ctx.reader.topics?.[into] ?? [])];
  return matches(needs, words, action.end + 1, end).length > 0 ? into : undefined;
}

/** The stage an action is read at: deciding what the need or issue is belongs to `aboutNeeds`' stage (define). */
function aboutNeeds(ctx: Context, words: Word[], [from, to]: [number, number], stage: string): string {
  const into = ctx.reader.aboutNeeds?.[stage];
  if (into === undefined) return stage;
  // "voted on which projects needed funding", "decided which of the needs to fund": a choice among
  // options is the binding decision, whatever the need words in it.
  const choice = words.slice(from, to).some((w) => w.word === 'which');
  return !choice && matches(ctx.reader.needWords, words, from, to).length > 0 ? into : stage;
}

/** A clause quoted at its stage with the level left to a person. */
function unread(stage: string, planned: boolean, why: string): ClauseReading {
  return { stage, level: UNKNOWN_LEVEL, planned, why, fromActor: false, byService: false, verb: true, who: [] };
}

interface SentenceFlags {
  overruled: boolean;
  endorsedByService: boolean;
  /** The sides of everyone the sentence names, pronouns resolved. */
  sides: Set<PartnerSide>;
}

/** The readings of one sentence, at most one per stage (the highest level a clause gives: each clause tells part of what happened). */
export function readSentence(
  ctx: Context,
  tokens: Token[],
  /** How people took part, from the sentence before, when this one says what came of it ("That's how they decided…"). */
  carried?: string,
): { readings: Reading[]; actors: Actor[]; involved: Actor[]; keptByService: boolean; aside?: string } {
  const words = wordsOfTokens(tokens);
  const actors = actorsIn(ctx, words);
  const actorEnd = (i: number) => actors.find((a) => a.start === i)?.end ?? i;
  const ranges = clauseRanges(words, actorEnd);
  const serviceActs = actors.some((a) => a.side === 'service');
  const flags: SentenceFlags = {
    overruled: matches(ctx.reader.overruled, words, 0, words.length).length > 0,
    endorsedByService: serviceActs && matches(ctx.reader.endorsements, words, 0, words.length).length > 0,
    sides: new Set(actors.flatMap((a) => (a.side ? [a.side] : []))),
  };
  const clauses: ClauseReading[][] = [];
  let inherited: Actor | undefined;
  const unattached: string[] = [];
  let lead = { plan: false, aim: false };
  for (const range of ranges) {
    const readings = readClause(ctx, words, actors, range, inherited, flags, lead);
    // "What I'd like to see next: students having more say…": what follows a colon is what the plan
    // or aim before it is about.
    if (words[range[1] - 1]?.word === ':') {
      const [from, to] = range;
      lead = {
        plan: lead.plan || matches(ctx.reader.plans, words, from, to).length > 0,
        aim: lead.aim || matches(ctx.reader.aims, words, from, to).length > 0,
      };
    }
    clauses.push(readings);
    const subjectHere = actors.filter((a) => a.start >= range[0] && a.start < range[1]);
    if (subjectHere.length > 0) inherited = subjectHere[0];
    // "Nobody from the estate was asked": a clause that says it did not happen sets no level.
    if (readings.length === 0 && !clauseNegated(ctx, words, range)) {
      const relation = relationLevel(ctx, words, actors, range[0], range[1]);
      if (relation !== undefined && relation !== ctx.reader.levels.sharedWithOtherSide) unattached.push(relation);
    }
  }
  // A clause that only says how people took part ("we held workshops with young people") sets the
  // level of an action the service side did alone ("but officers designed the final service": design, consult).
  const aside = lowest(ctx.framework, unattached);
  // "Officers drew up three options and residents voted on them": with the service side acting in
  // the same sentence, the community side did not decide or run it alone; a person says how far.
  const serviceActed = clauses.flat().some((r) => r.byService);
  // "We went over the results and agreed to drop the Saturday sessions": a decision taken on what
  // a review found is that review acting on it, so it is read at the review's stage.
  // Only a verb of the review counts: "the results" of a vote are not a review.
  const stagesHere = new Set(
    clauses
      .flat()
      .filter((r) => r.verb)
      .map((r) => r.stage),
  );
  const stageOf = (reading: ClauseReading) => {
    const into = ctx.reader.partOf?.[reading.stage];
    return reading.verb && into !== undefined && stagesHere.has(into) ? into : reading.stage;
  };
  const byStage = new Map<string, Reading>();
  const roleOnly = levelRank(ctx.framework, ctx.reader.levels.roleOnly);
  for (const reading of clauses.flat()) {
    let { level, why } = reading;
    const stage = stageOf(reading);
    // It sets the level of what the service side did to what people did take part in; it never
    // lowers a level another clause shows ("not only consulted but designed the service with staff").
    if (aside !== undefined && reading.byService) level = aside;
    else if (carried !== undefined && (reading.byService || (reading.who.length === 0 && level === UNKNOWN_LEVEL)))
      level = carried;
    if (serviceActed && reading.fromActor && level === ctx.reader.levels.communityAlone) {
      level = UNKNOWN_LEVEL;
      why += ', but the service side acted in the same sentence';
    }
    // The gate: a level above the role only where the sentence itself shows it.
    if (reading.held && !reading.planned && level !== UNKNOWN_LEVEL && levelRank(ctx.framework, level) >= roleOnly) {
      level = UNKNOWN_LEVEL;
      why += `; no level suggested: ${reading.held}`;
    }
    const adjusted: Reading = { stage, level, planned: reading.planned, why };
    const seen = byStage.get(stage);
    if (!seen || preferred(ctx.framework, adjusted, seen)) byStage.set(stage, adjusted);
  }
  beginning(ctx, words, flags, byStage);
  return {
    readings: [...byStage.values()],
    actors,
    involved: clauses.flat().flatMap((r) => r.who),
    // "…with the final decision staying with the committee": at the stages this sentence is read
    // at, the text says the service side kept the last word.
    keptByService: flags.overruled && serviceActs,
    ...(byStage.size === 0 && aside !== undefined ? { aside } : {}),
  };
}

/**
 * "It started with a regional survey … asking service users and carers", "the first thing we did
 * was a consultation": what began the work is read at the beginnings' stage (define), at the lowest
 * level its relation words give when someone of a side is named, else quoted for a person.
 */
function beginning(ctx: Context, words: Word[], flags: SentenceFlags, byStage: Map<string, Reading>): void {
  const [stage] =
    Object.entries(ctx.reader.beginnings ?? {}).find(
      ([, phrases]) => matches(phrases, words, 0, words.length).length > 0,
    ) ?? [];
  if (stage === undefined || byStage.has(stage)) return;
  // "what it was like to use" is no wish: only a plan not told in the past stops it.
  if (
    matches(ctx.reader.plans, words, 0, words.length).some(
      (m) => !['was', 'were'].includes(words[m.start - 1]?.word ?? ''),
    )
  )
    return;
  // Only how people were asked or told ("a survey asking residents") says how the work began for
  // them; "trying to get help" in the same sentence says nothing of who began it.
  const roleOnly = levelRank(ctx.framework, ctx.reader.levels.roleOnly);
  const levels = relationLevels(ctx, words, [], 0, words.length).filter(
    (level) => levelRank(ctx.framework, level) < roleOnly,
  );
  const level = flags.sides.size > 0 ? lowest(ctx.framework, levels) : undefined;
  byStage.set(stage, {
    stage,
    level: level ?? UNKNOWN_LEVEL,
    planned: false,
    why: level ? `how the work began: ${level}` : 'how the work began; who did what is not said',
  });
}

/** Within one sentence: a level over `unknown`, done over planned, then the higher level. */
function preferred(framework: Framework, a: Reading, b: Reading): boolean {
  if (b.level === UNKNOWN_LEVEL) return a.level !== UNKNOWN_LEVEL;
  if (a.level === UNKNOWN_LEVEL) return false;
  if (a.planned !== b.planned) return !a.planned;
  return levelRank(framework, a.level) > levelRank(framework, b.level);
}
