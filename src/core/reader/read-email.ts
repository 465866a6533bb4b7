// The whole body read for each stage: the sender's side first ("We're a group of parents", or a
// signature "Policy Officer, Anytown Council"), then each sentence in order, "they" standing for
// the last other party named. A stage takes the highest level a sentence shows with who did what;
// a plan only where nothing happened yet; otherwise the sentence is quoted with the level left to
// a person. Every actor named becomes a partner, with its side.
import { findCue, parsedCues } from '../draft/cues.js';
import { levelRank } from '../framework/levels.js';
import type { Framework, PartnerSide, ReaderCues } from '../model/types.js';
import { wordsOfTokens } from './clauses.js';
import { actorsIn, afterWith, partnershipIn, type Actor, type Context } from './actors.js';
import { readSentence, UNKNOWN_LEVEL, type Reading } from './read-sentence.js';
import type { Tagger } from './tokens.js';

interface StageReading {
  stage: string;
  /** A level id, `unknown`, or the framework's not-yet state (with `plan`). */
  level: string;
  plan?: string;
  planned: boolean;
  /** Sentence numbers (1-based) it rests on, in reading order. */
  sentences: number[];
  why: string[];
}

interface ReadPartner {
  name: string;
  kind: string;
  side: PartnerSide;
}

export interface EmailReading {
  stages: StageReading[];
  partners: ReadPartner[];
  senderSide?: PartnerSide;
}

const SELF = new Set(['we', 'i']);
/** First words of a sentence that says what came of the one before: "That's how…", "So…". */
const REFERS_BACK = new Set(['that', 'this', 'so', 'thats']);
/** "our staff", "our tenants": a sender who has staff or tenants runs the service. */
const SERVICE_OWNS = new Set(['staff', 'people-using-services', 'public-body', 'professionals']);

/** The side the sender writes from, when the email says it. */
function senderSideOf(
  framework: Framework,
  reader: ReaderCues,
  tagged: { words: ReturnType<typeof wordsOfTokens> }[],
  signature: string,
  negations: string[],
): PartnerSide | undefined {
  const bare: Context = { framework, reader, negations, notNegations: [] };
  for (const { words } of tagged) {
    const actors = actorsIn(bare, words).filter((a) => !a.pronoun);
    // "It's for folk like me", "parents like us": the sender is one of them.
    const likeSender = actors.find(
      (a) => a.side && words[a.end]?.word === 'like' && ['me', 'us'].includes(words[a.end + 1]?.word ?? ''),
    );
    if (likeSender?.side) return likeSender.side;
    for (let i = 0; i + 1 < words.length; i++) {
      if (!SELF.has(words[i]!.word) || words[i + 1]!.lemma !== 'be') continue;
      const named = actors.find((a) => a.start > i + 1 && a.start <= i + 8);
      // "I was asked by our area committee": a passive names who acted on the sender, not who the sender is.
      const passive = named && words.slice(i + 2, named.start).some((w) => w.pos === 'VERB' || w.word === 'by');
      if (named?.side && !passive) return named.side;
    }
  }
  // "Tenant, Mid Argyll": a signature names one person, a line or a comma-separated part at a time
  // (read together, "tenant" would only describe "Mid"); the actor words are mostly plural
  // ("tenants"), so the singular is read as its plural too.
  const signedAs = (forms: string[]) =>
    actorsIn(bare, wordsOfTokens(forms.map((t) => ({ text: t, lower: t, lemma: t, pos: 'NOUN' })))).find((a) => a.side)
      ?.side;
  const signedSide = signature
    .split(/[\n,;]/)
    .map((part) =>
      part
        .split(/\s+/)
        .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase())
        .filter(Boolean),
    )
    .map((forms) => signedAs(forms) ?? signedAs(forms.map((w) => (w.endsWith('s') ? w : `${w}s`))))
    .find((side) => side !== undefined);
  if (signedSide) return signedSide;
  for (const { words } of tagged) {
    const actors = actorsIn(bare, words).filter((a) => !a.pronoun);
    for (const actor of actors) {
      if (words[actor.start - 1]?.word !== 'our' || !actor.kind) continue;
      if (actor.kind.side === 'service') return 'service';
      if (SERVICE_OWNS.has(actor.kind.id)) return 'service';
      return 'community';
    }
  }
  return undefined;
}

/** Words of working with others: a sentence holding one names partners even when it names no stage. */
const WORKING = new Set(['partner', 'partnership']);
const ABSENT = new Set(['no', 'not', 'without', 'neither', 'nor', 'never']);

/** The actor is named as absent, alone or in a list: "no health board or council", "without the council". */
function namedAsAbsent(words: ReturnType<typeof wordsOfTokens>, actor: Actor): boolean {
  const listed = (w: { word: string; pos: string }) =>
    ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(w.pos) || ['or', 'and', 'nor'].includes(w.word);
  let k = actor.start - 1;
  while (k >= 0 && k >= actor.start - 6 && listed(words[k]!) && !ABSENT.has(words[k]!.word)) k--;
  return k >= 0 && ABSENT.has(words[k]!.word);
}

function better(
  framework: Framework,
  a: { level: string; planned: boolean },
  b: { level: string; planned: boolean },
): boolean {
  if (b.level === UNKNOWN_LEVEL) return a.level !== UNKNOWN_LEVEL || false;
  if (a.level === UNKNOWN_LEVEL) return false;
  if (a.planned !== b.planned) return !a.planned;
  return levelRank(framework, a.level) > levelRank(framework, b.level);
}

export function readEmail(
  framework: Framework,
  sentences: { number: number; text: string; heading?: boolean }[],
  signature: string,
  tagger: Tagger,
  notYet: string,
): EmailReading {
  const cues = framework.cues!;
  const reader = cues.reader!;
  const negations = cues.negations;
  const tagged = sentences
    .map((s) => ({ ...s, tokens: tagger(s.text) }))
    .map((s) => ({ ...s, words: wordsOfTokens(s.tokens) }));
  const senderSide = senderSideOf(framework, reader, tagged, signature, negations);
  const ctx: Context = {
    framework,
    reader,
    negations,
    notNegations: cues.notNegations ?? [],
    ...(senderSide ? { senderSide } : {}),
  };
  // "run by and for its members": the organisation's own staff work for the members' side.
  const memberLed = parsedCues(reader.memberLed ?? []);
  ctx.memberLed = tagged.some(({ words }) =>
    memberLed.some(
      (cue) =>
        findCue(
          cue,
          words.map((w) => w.word),
          words.map((w) => w.lemma),
        ).length > 0,
    ),
  );
  // Whether the email shows the sender's side working with the other side, for the sender's "we … together".
  ctx.partnership = tagged.some(({ words }) => partnershipIn(ctx, words, actorsIn(ctx, words)));

  // The stages where the text says the service side kept the last word ("the final decision stayed
  // with the committee", "recommended to the cabinet"): there, the community side deciding in
  // another sentence is not shown to be theirs alone, and a person says how far it went.
  const kept = new Set<string>();
  for (const { tokens } of tagged) {
    const read = readSentence({ ...ctx }, tokens);
    if (read.keptByService) for (const r of read.readings) kept.add(r.stage);
  }

  const best = new Map<string, { reading: Reading; sentences: number[] }>();
  // One partner per kind and side (a member-led organisation's staff and the council's staff are
  // two), named as the email names it where it acts ("council staff"), else as first named.
  const partners = new Map<string, ReadPartner & { acting: boolean }>();
  const name = (actor: Actor, acting: boolean) => {
    if (actor.pronoun || !actor.kind || !actor.side) return;
    const key = `${actor.kind.id} ${actor.side}`;
    const seen = partners.get(key);
    if (!seen || (acting && !seen.acting))
      partners.set(key, { name: actor.name, kind: actor.kind.id, side: actor.side, acting });
  };
  const asides = parsedCues(reader.furniture?.asides ?? []);
  // A sentence that only says how people took part ("…and an online survey asking what we'd want
  // there"), followed by one that says what came of it ("That's how they decided the site needed
  // doing up"): the views were asked for that stage's work, and both sentences are its evidence.
  let method: { level: string; sentence: number } | undefined;
  // A heading ("Designing it", "Who decided") says nothing itself, but names the stage the lines
  // below it are about: where nothing else is read at that stage, the first of them is quoted there.
  let section: string[] = [];
  const underHeadings: { stage: string; sentence: number }[] = [];
  for (const sentence of tagged) {
    const forms = sentence.words.map((w) => w.word);
    if (sentence.heading) {
      section = readSentence({ ...ctx }, sentence.tokens).readings.map((r) => r.stage);
      continue;
    }
    if (asides.some((cue) => findCue(cue, forms).length > 0)) continue;
    for (const stage of section) underHeadings.push({ stage, sentence: sentence.number });
    section = [];
    const refersBack = method !== undefined && REFERS_BACK.has(sentence.words[0]?.word ?? '');
    const {
      readings: read,
      actors,
      involved,
      keptByService,
      aside,
    } = readSentence(ctx, sentence.tokens, refersBack ? method!.level : undefined);
    const before = refersBack && read.length > 0 ? [method!.sentence] : [];
    method = aside !== undefined ? { level: aside, sentence: sentence.number } : undefined;
    // "Will young people get any say in how it runs?": a question asks; it tells neither what was
    // done nor what is planned, so its stage is quoted for a person.
    const question = /\?["'\u201d\u2019)]*$/.test(sentence.text.trim());
    const readings = read.map((r) =>
      question
        ? { ...r, level: UNKNOWN_LEVEL, planned: false, why: 'a question, not what happened' }
        : !keptByService && kept.has(r.stage) && r.level === reader.levels.communityAlone
          ? { ...r, level: UNKNOWN_LEVEL, why: `${r.why}, but the text says the final word was kept elsewhere` }
          : r,
    );
    for (const actor of involved) name(actor, true);
    const working =
      actors.some((a) => afterWith(sentence.words, 0, a)) || sentence.words.some((w) => WORKING.has(w.lemma));
    for (const actor of actors) {
      // "No health board or service was at the table": someone named as absent is no partner; nor
      // is someone named only in a sentence that says nothing of the work or of working with
      // anyone ("some workers from services have come in to eat").
      if (!namedAsAbsent(sentence.words, actor) && (readings.length > 0 || working)) name(actor, false);
      if (!actor.pronoun && actor.side && actor.side !== senderSide) ctx.lastOther = actor;
    }
    for (const reading of readings) {
      const seen = best.get(reading.stage);
      if (!seen || better(framework, reading, seen.reading))
        best.set(reading.stage, { reading, sentences: [...before, sentence.number] });
      else if (seen.reading.level === reading.level && seen.reading.planned === reading.planned)
        seen.sentences.push(...before, sentence.number);
    }
  }
  for (const { stage, sentence } of underHeadings) {
    if (best.has(stage)) continue;
    const why = 'under a heading about this stage; who did what is not said';
    best.set(stage, { reading: { stage, level: UNKNOWN_LEVEL, planned: false, why }, sentences: [sentence] });
  }
  const stages: StageReading[] = [...best.values()].map(({ reading, sentences: numbers }) => ({
    stage: reading.stage,
    level: reading.planned ? notYet : reading.level,
    ...(reading.planned && reading.level !== UNKNOWN_LEVEL ? { plan: reading.level } : {}),
    planned: reading.planned,
    sentences: numbers,
    why: [reading.why],
  }));
  return {
    stages,
    partners: [...partners.values()].map(({ name: n, kind, side }) => ({ name: n, kind, side })),
    ...(senderSide ? { senderSide } : {}),
  };
}
