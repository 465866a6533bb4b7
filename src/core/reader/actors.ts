// Who is named in a sentence, and on which side: the framework's actor words (partner kinds'
// `words`), groups of an actor's people ("our lived experience panel", "a committee of tenants"),
// and the sender's "we" and the others' "they" resolved from the email. Split from read-sentence.ts,
// which reads what those actors did.
import { findCue, parsedCues } from '../draft/cues.js';
import { actorSpans } from '../project/partners.js';
import type { Framework, Partner, PartnerSide, ReaderCues } from '../model/types.js';
import type { Word } from './clauses.js';

/** Someone named in a sentence: an actor word, or a pronoun resolved to a side. */
export interface Actor {
  start: number;
  end: number;
  /** The words as written. */
  name: string;
  kind?: Partner;
  side?: PartnerSide;
  pronoun?: 'sender' | 'others';
}

/** What the reader knows of the whole email while it reads one sentence. */
export interface Context {
  framework: Framework;
  reader: ReaderCues;
  negations: string[];
  notNegations: string[];
  /** The sender's side, when the email says it ("we're a group of parents"). */
  senderSide?: PartnerSide;
  /** The last actor named who is not the sender: what "they" stands for. */
  lastOther?: Actor;
  /** The email shows the sender's side working with the other side: the sender's "we" may be both. */
  partnership?: boolean;
  /** The text says an organisation in it is run by its members: its own staff work for them. */
  memberLed?: boolean;
}

const SENDER = new Set(['we', 'us', 'our', 'ours', 'ourselves', 'i', 'me', 'my']);
const OTHERS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
/** Members of whatever body was named before them. */
const MEMBERS = new Set(['members', 'member', 'the members']);
/** Words before a partner: "with council staff". */
const WITH = new Set(['with', 'alongside']);
/** The partner kind of an organisation's own employees. */
const STAFF = 'staff';
/** One person: what "I" did is not a side sharing power, so it gives no side and no level. */
const SINGULAR = new Set(['i', 'me', 'my']);

export interface Match {
  start: number;
  end: number;
}

export function matches(phrases: readonly string[] | undefined, words: Word[], from: number, to: number): Match[] {
  if (!phrases || phrases.length === 0) return [];
  const slice = words.slice(from, to);
  const forms = slice.map((w) => w.word);
  const lemmas = slice.map((w) => w.lemma);
  return parsedCues(phrases).flatMap((cue) =>
    findCue(cue, forms, lemmas).map((m) => ({ start: m.start + from, end: m.end + from })),
  );
}

/** The actors in a sentence's words, with pronouns; an actor word just before another is its modifier. */
export function actorsIn(ctx: Context, words: Word[]): Actor[] {
  let spans = actorSpans(
    ctx.framework,
    words.map((w) => w.word),
  )
    .map((span) => {
      // "our lived experience panel", "the parents' group": a group of those people is of their side.
      const group = matches(ctx.reader.groups, words, span.end, Math.min(words.length, span.end + 2)).find(
        (m) => m.start === span.end,
      );
      return group ? { ...span, end: group.end + 1 } : span; // a match's end is its last word
    })
    // "the members' committee": the group word is theirs, not an actor of its own.
    .filter((span, i, all) => !all.some((other, k) => k < i && other.end > span.start));
  // "a committee of tenants", "a panel of residents": the group is of the side of those it is made of.
  for (const group of matches(ctx.reader.groups, words, 0, words.length)) {
    const members = spans.find((span) => span.start === group.end + 2 && words[group.end + 1]?.word === 'of');
    if (!members) continue;
    const merged = { ...members, start: group.start };
    spans = [...spans.filter((span) => span.end <= group.start || span.start >= members.end), merged].sort(
      (a, b) => a.start - b.start,
    );
  }
  // "council staff", "children and families team": the last noun is the actor, the words before it name it.
  const heads = spans.filter((span, i) => {
    const next = spans[i + 1];
    // "community garden", "parents' evening": an actor word before a plain noun only describes it.
    const following = words[span.end];
    // "the public vote", "the residents' ballot": the noun is their act, so they are who acted; and
    // "residents' feedback", "a community consultation": they are who took part that way.
    const theirs = [ctx.reader.actNouns ?? [], ...Object.values(ctx.reader.relations)].some(
      (phrases) => matches(phrases, words, span.end, span.end + 1).length > 0,
    );
    if (theirs) return next?.start !== span.end;
    const verbLike = ['DET', 'PRON'].includes(words[span.end + 1]?.pos ?? ''); // "residents sets each year's…": a verb, mis-tagged
    if (following && (following.pos === 'NOUN' || following.pos === 'PROPN') && next?.start !== span.end && !verbLike)
      return false;
    if (!next) return true;
    if (next.start === span.end) return false;
    const after = spans[i + 2];
    return !(words[span.end]?.word === 'and' && next.start === span.end + 1 && after?.start === next.end);
  });
  const actors: Actor[] = heads.map((span) => {
    let start = span.start;
    // Walk back over the words that name it: "council" in "council staff", "children and" in "children and families team".
    for (let k = spans.indexOf(span) - 1; k >= 0; k--) {
      const other = spans[k]!;
      if (other.end === start || (other.end + 1 === start && words[other.end]?.word === 'and')) start = other.start;
      else break;
    }
    return {
      start,
      end: span.end,
      name: words
        .slice(start, span.end)
        .map((w) => w.word)
        .join(' '),
      kind: span.kind,
      side: span.kind.side,
    };
  });
  // "The report went to the Area Committee, and members agreed…": bare "members" are the members of
  // the service-side body named before them, not the community's.
  for (const actor of actors) {
    if (!MEMBERS.has(actor.name) || words[actor.end]?.word === 'of') continue;
    const body = actors.filter((a) => a.end <= actor.start && a.side === 'service').pop();
    if (body) Object.assign(actor, { kind: body.kind, side: body.side });
  }
  // "VOX staff", "our staff" in a text that says the organisation is run by and for its members:
  // staff of the members' own organisation are on the members' side. "Council staff" are not.
  if (ctx.memberLed)
    for (const actor of actors) {
      const before = words[actor.start - 1];
      const own =
        before?.word === 'our' ||
        ((before?.name === true || before?.pos === 'PROPN') && !spans.some((s) => s.end === actor.start));
      if (actor.kind?.id === STAFF && actor.start === actor.end - 1 && own) actor.side = 'community';
    }
  words.forEach((w, i) => {
    if (w.pos !== 'PRON' && w.pos !== 'DET') return;
    if (SENDER.has(w.word)) {
      actors.push({
        start: i,
        end: i + 1,
        name: w.word,
        pronoun: 'sender',
        ...(ctx.senderSide && !SINGULAR.has(w.word) ? { side: ctx.senderSide } : {}),
      });
    } else if (OTHERS.has(w.word) && ctx.lastOther) {
      actors.push({ ...ctx.lastOther, start: i, end: i + 1, name: w.word, pronoun: 'others' });
    }
  });
  return actors.sort((a, b) => a.start - b.start);
}

export /** True when "with" or "alongside" stands just before the actor, with no comma between ("with council staff"). */
function afterWith(words: Word[], from: number, actor: Actor): boolean {
  const lead = words.slice(Math.max(from, actor.start - 4), actor.start).map((w) => w.word);
  const at = Math.max(...lead.map((w, i) => (WITH.has(w) ? i : -1)));
  return at >= 0 && !lead.slice(at).includes(',');
}

export function otherSide(side: PartnerSide): PartnerSide {
  return side === 'community' ? 'service' : 'community';
}

/**
 * True when the sentence shows the sender's side working with the other side: the sender's plural
 * "we" or "us" and, after "with" or "alongside", an actor of the other side ("a few of us started
 * meeting with the council's children and families team"). From then on the sender's "we … together"
 * is that partnership.
 */
export function partnershipIn(ctx: Context, words: Word[], actors: Actor[]): boolean {
  if (!ctx.senderSide) return false;
  const other = otherSide(ctx.senderSide);
  const sender = actors.find((a) => a.pronoun === 'sender' && a.side === ctx.senderSide);
  if (!sender) return false;
  return actors.some(
    (a) =>
      !a.pronoun &&
      a.side === other &&
      a.start > sender.start &&
      words.slice(Math.max(0, a.start - 4), a.start).some((w) => WITH.has(w.word)),
  );
}
