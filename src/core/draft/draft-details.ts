// The plain details of a project, where the text says them: its name, who ran it, where and when,
// and a summary in its own words. Each is a guess for a person to check (the draft says so); a
// detail the text does not give is left out rather than made up.
import type { ReadText } from './draft-text.js';

export interface DraftDetails {
  name?: string;
  organisation?: string;
  location?: string;
  year?: number | string;
  summary?: string;
}

/** Longest summary written into a draft, cut at the end of a sentence where one allows. */
const SUMMARY_CHARS = 700;
const NAME_CHARS = 100;

const GREETING = /^(hi|hello|dear|good (morning|afternoon|evening)|greetings|hey)\b/i;
const SIGN_OFF = /^(thanks|thank you|best wishes|kind regards|regards|best|cheers|all the best|many thanks|yours)\b/i;

/** "Re: Fwd: Our project" → "Our project". */
function withoutReplyMarks(title: string): string {
  return title.replace(/^\s*((re|fwd?|aw|sv)\s*:\s*)+/i, '').trim();
}

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const within = text.slice(0, limit);
  const end = Math.max(within.lastIndexOf('. '), within.lastIndexOf('! '), within.lastIndexOf('? '));
  return end > limit / 3
    ? within.slice(0, end + 1)
    : `${within.slice(0, within.lastIndexOf(' ') > 0 ? within.lastIndexOf(' ') : limit).trimEnd()}…`;
}

function nameFrom(title: string | undefined, text: ReadText): string | undefined {
  const given = title ? withoutReplyMarks(title) : '';
  if (given) return cut(given, NAME_CHARS);
  // A short first line with no full stop reads as a title ("Leith Decides: residents share out the fund").
  const first = text.paragraphs[0];
  if (first && first.length <= NAME_CHARS && !/[.!?:,]$/.test(first) && !GREETING.test(first)) return first;
  return undefined;
}

/**
 * The first paragraph that tells the story (three sentences' worth, not a greeting, a sign-off or a
 * title line), else the first that says anything: an email's "here is ours" line is not a summary.
 */
function summaryFrom(text: ReadText, name: string | undefined): string | undefined {
  const candidates = text.paragraphs.filter((p) => p !== name && !GREETING.test(p) && !SIGN_OFF.test(p));
  const words = (p: string) => p.split(/\s+/).length;
  const said = candidates.find((p) => words(p) >= 40) ?? candidates.find((p) => words(p) >= 8);
  return said ? cut(said, SUMMARY_CHARS) : undefined;
}

const ORGANISATION_WORDS = new Set([
  'council',
  'trust',
  'partnership',
  'network',
  'alliance',
  'association',
  'board',
  'foundation',
  'service',
  'services',
  'nhs',
  'authority',
  'government',
  'commission',
  'collaborative',
  'college',
  'centre',
  'center',
  'forum',
  'charity',
  'group',
  'project',
  'society',
  'housing',
  'hub',
  'bank',
  'coalition',
  'panel',
  'assembly',
  'review',
  'university',
  'scotland',
]);
const JOINING = new Set(['of', 'and', 'for', 'the', '&']);
const capitalised = (word: string) => /^[A-Z][\p{L}'\u2019&-]*$/u.test(word) || /^[A-Z]{2,}$/.test(word);

/** Runs of capitalised words ("Glasgow Disability Alliance", "Council of the Isles"), scanning once. */
function capitalisedRuns(sentence: string): string[][] {
  // A name never runs over a line break (a signature's name, role and organisation are lines).
  return sentence.split('\n').flatMap((line, i) => runsInLine(line, i === 0));
}

function runsInLine(line: string, sentenceStart: boolean): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const raws = line.split(/\s+/).filter((w) => w.length > 0);
  // "Note for the Local Strategic Partnership": the sentence's first word is capitalised as a first word, not a name.
  if (sentenceStart && raws.length > 1 && JOINING.has(raws[1]!.toLowerCase())) raws.shift();
  for (const raw of raws) {
    const word = raw.replace(/^[("\u201c\u2018']+|[)"\u201d\u2019'.,;:!?]+$/g, '');
    if (word && capitalised(word)) run.push(word);
    else if (run.length > 0 && JOINING.has(word.toLowerCase()) && raw === word) run.push(word);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (raw !== word && run.length > 0 && /[.,;:!?)"\u201d]$/.test(raw)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.map((r) => {
    while (r.length > 0 && JOINING.has(r[r.length - 1]!.toLowerCase())) r.pop();
    while (r.length > 0 && JOINING.has(r[0]!.toLowerCase())) r.shift();
    return r;
  });
}

function organisationFrom(text: ReadText): string | undefined {
  for (const { text: sentence } of text.sentences) {
    for (const run of capitalisedRuns(sentence)) {
      if (run.length >= 2 && ORGANISATION_WORDS.has(run[run.length - 1]!.toLowerCase())) return run.join(' ');
    }
  }
  return undefined;
}

/**
 * The organisation a signature names: a part of a line (lines split at commas, bars and brackets)
 * whose capitalised words end in an organisation word ("Fetlar Community Council", "Respite Matters
 * group"), else the part after a role's comma ("Volunteer Engagement Officer, VOX Scotland").
 * The sign-off and the sender's name (the first two lines) are not it; a quoted reply ends it.
 */
function organisationFromSignature(signature: string): string | undefined {
  const lines = signature.split('\n').map((l) => l.trim());
  const end = lines.findIndex((l) => l.startsWith('>') || /^on .* wrote:?$/i.test(l));
  const own = (end < 0 ? lines : lines.slice(0, end)).filter((l) => l.length > 0);
  const parts = own.map((line) => line.split(/\s*[,|()]\s*/).filter((p) => p.length > 0));
  for (const part of parts.flat()) {
    const words = part.replace(/^the\s+/i, '').split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length >= 2 && ORGANISATION_WORDS.has(last) && capitalised(words[0]!)) return words.join(' ');
  }
  for (const line of parts.slice(1)) {
    const after = line.slice(1).find((p) => p.split(/\s+/).length >= 2 && capitalised(p.split(/\s+/)[0]!));
    if (after) return after;
  }
  return undefined;
}

const NOT_PLACES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'spring',
  'summer',
  'autumn',
  'winter',
  'the',
  'this',
  'that',
  'our',
  'their',
  'its',
  'a',
  'an',
  'parliament',
  'english',
  'gaelic',
  'bsl',
  'easy',
  'scots',
  'person',
  'i',
  'we',
  'it',
  'partnership',
  'future',
  'total',
  'particular',
  'addition',
  'part',
  'practice',
  'short',
  'general',
  'fact',
]);

function locationFrom(text: ReadText): string | undefined {
  for (const { text: sentence } of text.sentences) {
    const words = sentence.split(/\s+/);
    for (let i = 0; i + 1 < words.length; i++) {
      if (!/^(in|across|around|throughout)$/i.test(words[i]!)) continue;
      const place: string[] = [];
      for (let j = i + 1; j < words.length && place.length < 3; j++) {
        const word = words[j]!.replace(/[.,;:!?)"\u201d\u2019']+$/, '').replace(/['\u2019]s$/, '');
        if (!capitalised(word) || NOT_PLACES.has(word.toLowerCase()) || ORGANISATION_WORDS.has(word.toLowerCase()))
          break;
        place.push(word);
        if (word !== words[j]) break;
      }
      if (place.length > 0 && !(place.length === 1 && place[0]!.length < 3)) return place.join(' ');
    }
  }
  return undefined;
}

const YEAR = /(?<![\d\u00a3$\u20ac.,])(19[5-9]\d|20\d\d)(?![\d%])/g;
const RANGE = /(?<![\d\u00a3$\u20ac])(19[5-9]\d|20\d\d)\s*(?:-|\u2013|\u2014|to|until)\s*(19[5-9]\d|20\d\d)(?!\d)/;

/** A range the text gives ("2018-2020"), else the span of the years it names, else its one year. */
function yearFrom(whole: string): number | string | undefined {
  const range = RANGE.exec(whole);
  if (range && Number(range[1]) < Number(range[2])) return `${range[1]}-${range[2]}`;
  const years = [...whole.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? first : `${first}-${last}`;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
};
const YEARS_AGO =
  /\b(?:about |around |some |nearly |almost |over )?(a couple of|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/i;
const LAST_YEAR = /\b(?:last|past) (?:year|spring|summer|autumn|winter)\b/i;

/** The year a date header gives ("Tue, 3 Nov 2026 10:00:00 +0000" → 2026), if it gives one. */
function yearOfDate(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const parsed = new Date(date);
  const year = Number.isNaN(parsed.getTime()) ? Number(/\b(19|20)\d\d\b/.exec(date)?.[0]) : parsed.getUTCFullYear();
  return Number.isFinite(year) && year > 1900 ? year : undefined;
}

/** "About two years ago" against the email's date: from that year to the year it was sent. */
function relativeYear(whole: string, date: string | undefined): string | number | undefined {
  const sent = yearOfDate(date);
  if (sent === undefined) return undefined;
  const ago = YEARS_AGO.exec(whole);
  if (ago) {
    const said = ago[1]!.toLowerCase().replace('a couple of', 'couple');
    const years = NUMBER_WORDS[said] ?? Number(said);
    if (Number.isFinite(years) && years > 0) return `${sent - years}-${sent}`;
  }
  return LAST_YEAR.test(whole) ? `${sent - 1}-${sent}` : undefined;
}

export function draftDetails(
  text: ReadText,
  title: string | undefined,
  date?: string,
  signature?: string,
  /** The first place a text names, by a list of places (the caller's: core reads no files). */
  placeNamedIn?: (text: string) => string | undefined,
): DraftDetails {
  const name = nameFrom(title, text);
  const whole = text.paragraphs.join('\n');
  const details: DraftDetails = {
    name,
    // The sender signs with their organisation more plainly than the body names it.
    organisation: (signature ? organisationFromSignature(signature) : undefined) ?? organisationFrom(text),
    location: locationFrom(text) ?? placeNamedIn?.(whole),
    year: yearFrom(whole) ?? relativeYear(whole, date),
    summary: summaryFrom(text, name),
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as DraftDetails;
}
