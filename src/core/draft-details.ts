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
const capitalised = (word: string) => /^[A-Z][\p{L}'’&-]*$/u.test(word) || /^[A-Z]{2,}$/.test(word);

/** Runs of capitalised words ("Glasgow Disability Alliance", "Council of the Isles"), scanning once. */
function capitalisedRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const raw of sentence.split(/\s+/)) {
    const word = raw.replace(/^[("“‘']+|[)"”’'.,;:!?]+$/g, '');
    if (word && capitalised(word)) run.push(word);
    else if (run.length > 0 && JOINING.has(word.toLowerCase()) && raw === word) run.push(word);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (raw !== word && run.length > 0 && /[.,;:!?)"”]$/.test(raw)) {
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
        const word = words[j]!.replace(/[.,;:!?)"”’']+$/, '').replace(/['’]s$/, '');
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

const YEAR = /(?<![\d£$€.,])(19[5-9]\d|20\d\d)(?![\d%])/g;
const RANGE = /(?<![\d£$€])(19[5-9]\d|20\d\d)\s*(?:-|–|—|to|until)\s*(19[5-9]\d|20\d\d)(?!\d)/;

/** A range the text gives ("2018-2020"), else the span of the years it names, else its one year. */
function yearFrom(whole: string): number | string | undefined {
  const range = RANGE.exec(whole);
  if (range && Number(range[1]) < Number(range[2])) return `${range[1]}-${range[2]}`;
  const years = [...whole.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? first : `${first}-${last}`;
}

export function draftDetails(text: ReadText, title: string | undefined): DraftDetails {
  const name = nameFrom(title, text);
  const whole = text.paragraphs.join('\n');
  const details: DraftDetails = {
    name,
    organisation: organisationFrom(text),
    location: locationFrom(text),
    year: yearFrom(whole),
    summary: summaryFrom(text, name),
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as DraftDetails;
}
