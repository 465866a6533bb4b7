// Partners as people write them. A project file may name a partner by one of the framework's
// kinds ("community-members"), in its own words ("residents", "council officers", "Sustrans
// Scotland"), or as { name, kind, side }. Free text is placed through the framework's one list of
// actor words (each partner kind's `words`), the same list the reading of emails uses, so that a
// network extending it extends both. What cannot be placed is kept and counts for neither side:
// a partner is never a reason to refuse a file.
import { perFramework } from '../framework/per-framework.js';
import type { Framework, Partner, PartnerEntry, PartnerSide, ResolvedPartner } from '../model/types.js';

interface ActorWord {
  /** The word or phrase, lower-case, as a list of words. */
  words: string[];
  kind: Partner;
}

/** Lower-case words of a text, with punctuation and possessives dropped ("council's" → "council"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

// Longest phrases first, so that "health visitor" is found before "health" and "young people" before "people".
const actorWords = perFramework((framework): ActorWord[] =>
  framework.partners
    .flatMap((kind) => [kind.id.replace(/-/g, ' '), ...(kind.words ?? [])].map((w) => ({ words: wordsOf(w), kind })))
    .filter((a) => a.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length),
);

/**
 * The same word, or the one in the plain plural of the other ("resident" and "residents", "health
 * visitor"), including the -y to -ies plural ("community" and "communities").
 */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || long === `${short}s` || long === `${short}es`) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}

/** Where `phrase` occurs in `words` as whole words, singular or plural. */
function occursAt(words: string[], phrase: string[], start: number): boolean {
  return phrase.every((p, i) => {
    const w = words[start + i];
    return w !== undefined && sameWord(w, p);
  });
}

/** One place an actor word stands in a list of words (from `wordsOf`, or lower-case tokens). */
export interface ActorSpan {
  start: number;
  /** Just after its last word. */
  end: number;
  kind: Partner;
}

/** Every actor word in `words`, longest phrase first, each word used once, in reading order. */
export function actorSpans(framework: Framework, words: readonly string[]): ActorSpan[] {
  const used = new Array<boolean>(words.length).fill(false);
  const spans: ActorSpan[] = [];
  for (const actor of actorWords(framework)) {
    for (let start = 0; start + actor.words.length <= words.length; start++) {
      const span = actor.words.map((_, i) => start + i);
      if (span.some((i) => used[i]) || !occursAt(words as string[], actor.words, start)) continue;
      span.forEach((i) => (used[i] = true));
      spans.push({ start, end: start + actor.words.length, kind: actor.kind });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The partner kinds whose words a text contains, longest phrase first, each span used once. */
export function kindsNamedIn(framework: Framework, text: string): Partner[] {
  const words = wordsOf(text);
  const used = new Array<boolean>(words.length).fill(false);
  const found: Partner[] = [];
  for (const actor of actorWords(framework)) {
    for (let start = 0; start + actor.words.length <= words.length; start++) {
      const span = actor.words.map((_, i) => start + i);
      if (span.some((i) => used[i]) || !occursAt(words, actor.words, start)) continue;
      span.forEach((i) => (used[i] = true));
      if (!found.includes(actor.kind)) found.push(actor.kind);
    }
  }
  return found;
}

/** The side a free-text partner is on: the kind of its longest matching words, when all its words agree on a side. */
function placeText(framework: Framework, name: string): ResolvedPartner {
  const byId = framework.partners.find((p) => p.id === name);
  if (byId) return { name, kind: byId.id, side: byId.side };
  const kinds = kindsNamedIn(framework, name);
  const sides = new Set(kinds.map((k) => k.side));
  // "parents and council staff" names both sides in one entry: it cannot be placed on one.
  if (kinds.length === 0 || sides.size > 1) return { name };
  return { name, kind: kinds[0]!.id, side: kinds[0]!.side };
}

function placeEntry(framework: Framework, entry: Exclude<PartnerEntry, string>): ResolvedPartner {
  const kind = entry.kind === undefined ? undefined : framework.partners.find((p) => p.id === entry.kind);
  const fromText = placeText(framework, entry.name);
  const resolved: ResolvedPartner = { name: entry.name };
  const kindId = kind?.id ?? fromText.kind;
  if (kindId !== undefined) resolved.kind = kindId;
  // A side written in the file wins: the staff of a user-led organisation are on the community side.
  const side: PartnerSide | undefined = entry.side ?? kind?.side ?? fromText.side;
  if (side !== undefined) resolved.side = side;
  return resolved;
}

/** Each partner a project names, placed on a side where the framework's words allow. */
export function resolvePartners(framework: Framework, entries: readonly PartnerEntry[] | undefined): ResolvedPartner[] {
  return (entries ?? []).map((entry) =>
    typeof entry === 'string' ? placeText(framework, entry) : placeEntry(framework, entry),
  );
}

/** A partner's name as the report's `project.partners` gives it: the words of the file. */
export function partnerName(entry: PartnerEntry): string {
  return typeof entry === 'string' ? entry : entry.name;
}

/** How a partner reads in a sentence: a kind given by its id reads as the kind's label ("staff who run or deliver the service"). */
export function partnerWords(framework: Framework, partner: ResolvedPartner): string {
  const kind = framework.partners.find((p) => p.id === partner.name);
  return kind ? kind.label.toLowerCase() : partner.name;
}

/**
 * What `copro validate` says about a file's partners: the line to add when none are named (a
 * co-production or partial verdict is then provisional), and the question to answer for each
 * partner the framework's words cannot place on a side. Advice, never a reason to refuse a file.
 */
export function partnerAdvice(framework: Framework, entries: readonly PartnerEntry[] | undefined): string[] {
  if (!entries || entries.length === 0)
    return [
      'no partners are named, so who took part on each side is not described and a co-production or partial verdict will be provisional: add a line naming them in your own words, for example  partners: [residents, council officers]',
    ];
  return resolvePartners(framework, entries)
    .filter((p) => p.side === undefined)
    .map(
      (p) =>
        `which side is "${p.name}" on? It counts for neither side until the file says: write it as { name: "${p.name}", side: community } if it stands with the people who use or are affected by the service, or side: service if it runs or funds it`,
    );
}
