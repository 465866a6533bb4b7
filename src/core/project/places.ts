// Where a project took place, placed: its nation (Scotland, England, Wales, Northern Ireland or
// elsewhere) and, in Scotland, its council area, read from the free-text `location` with the list
// of places shipped as data (criteria/places.yaml, read by src/io/load-places.ts). A project file
// may say either itself (`nation:`, `councilArea:`), and what it says wins. A location that cannot
// be placed gets neither: no guess is better than a wrong one on a public hub.
import type { ProjectInfo } from '../model/types.js';

export const NATIONS = ['Scotland', 'England', 'Wales', 'Northern Ireland', 'elsewhere'] as const;
type Nation = (typeof NATIONS)[number];

export interface PlaceList {
  /** Each nation: its own `names` (which settle the nation) and other `words` (towns, counties). */
  nations: { name: Nation; names?: string[]; words?: string[] }[];
  /** Scotland's council areas, each with the words that place a location in it. */
  councilAreas: { name: string; words: string[] }[];
}

interface Place {
  nation?: Nation;
  councilArea?: string;
}

/** One way to write a place: "St. Andrews", "st andrews" and "St Andrews" are the same words. */
function wordsOf(text: string): string[] {
  return wordsAsWritten(text).map((w) => w.toLowerCase());
}

/** The same words, with their capitals as written: "East Kilbride" stays "East Kilbride". */
function wordsAsWritten(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** Words after a place name that make it an organisation's place: "Fife Council", "Angus Health and Social Care". */
const PLACE_OF_AN_ORGANISATION = new Set([
  'council',
  'councils',
  'partnership',
  'hscp',
  'health',
  'housing',
  'community',
  'communities',
  'youth',
  'forum',
  'trust',
  'association',
  'voluntary',
  'cvs',
  'libraries',
  'leisure',
]);
/** Words before a place name that say it is where something is. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'across', 'around', 'near', 'throughout']);

interface Entry {
  words: string[];
  nation: Nation;
  /** A nation's own name: it settles the nation. */
  decisive: boolean;
  councilArea?: string;
}

interface Match {
  start: number;
  end: number;
  entry: Entry;
}

/** The list as entries, indexed by their first word so a location is read in one pass. */
export class Gazetteer {
  private readonly byFirstWord = new Map<string, Entry[]>();
  private readonly councilNames = new Map<string, string>();

  constructor(list: PlaceList) {
    for (const nation of list.nations) {
      for (const name of nation.names ?? []) this.add({ words: wordsOf(name), nation: nation.name, decisive: true });
      for (const word of nation.words ?? []) this.add({ words: wordsOf(word), nation: nation.name, decisive: false });
    }
    for (const area of list.councilAreas) {
      this.councilNames.set(wordsOf(area.name).join(' '), area.name);
      for (const word of [area.name, ...area.words])
        this.add({ words: wordsOf(word), nation: 'Scotland', decisive: false, councilArea: area.name });
    }
  }

  private add(entry: Entry): void {
    if (entry.words.length === 0) return;
    const first = entry.words[0]!;
    this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), entry]);
  }

  /** Every place named in the text, where a shorter name inside a longer one gives way to it. */
  private matches(text: string): Match[] {
    const words = wordsOf(text);
    const found: Match[] = [];
    words.forEach((word, start) => {
      for (const entry of this.byFirstWord.get(word) ?? []) {
        const end = start + entry.words.length;
        if (entry.words.every((w, i) => words[start + i] === w)) found.push({ start, end, entry });
      }
    });
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Match[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept;
  }

  /** The nation and council area a location names, as far as the list can tell. */
  placeOf(location: string): Place {
    const matches = this.matches(location);
    const decisive = new Set(matches.filter((m) => m.entry.decisive).map((m) => m.entry.nation));
    const named = new Set(matches.map((m) => m.entry.nation));
    const nations = decisive.size > 0 ? decisive : named;
    if (nations.size !== 1) return {};
    const nation = [...nations][0]!;
    const areas = new Set(matches.flatMap((m) => (m.entry.councilArea ? [m.entry.councilArea] : [])));
    return nation === 'Scotland' && areas.size === 1 ? { nation, councilArea: [...areas][0]! } : { nation };
  }

  /**
   * The first place a text names plainly, as it writes it: a name of two words or more ("East
   * Kilbride"), or one word that a preposition or an organisation's name places ("in Kirkcaldy",
   * "Fife Council"). A single capitalised word alone ("Angus said…", "Reading the minutes…") is
   * too often a person or a word to count.
   */
  placeNamedIn(text: string): string | undefined {
    const written = wordsAsWritten(text);
    const plain = written.map((w) => w.toLowerCase());
    const capitalised = (from: number, to: number) => written.slice(from, to).every((w) => /^[A-Z]/.test(w));
    const named = this.matches(text)
      .filter(({ start, end }) => capitalised(start, end))
      .filter(
        ({ start, end }) =>
          end - start > 1 ||
          PLACE_OF_AN_ORGANISATION.has(plain[end] ?? '') ||
          PLACE_PREPOSITIONS.has(plain[start - 1] ?? ''),
      )
      .sort((a, b) => a.start - b.start)[0];
    return named ? written.slice(named.start, named.end).join(' ') : undefined;
  }

  /** A council area as a file writes it, as the list names it ("Edinburgh" → "City of Edinburgh"); else as written. */
  councilAreaNamed(text: string): string {
    const exact = this.councilNames.get(wordsOf(text).join(' '));
    if (exact) return exact;
    const { councilArea } = this.placeOf(text);
    return councilArea ?? text.trim();
  }
}

/** The project's place: what its file says, else what its location names. */
export function placeOfProject(
  gazetteer: Gazetteer,
  project: Pick<ProjectInfo, 'location' | 'nation' | 'councilArea'>,
): Place {
  const derived = project.location ? gazetteer.placeOf(project.location) : {};
  const councilArea = project.councilArea ? gazetteer.councilAreaNamed(project.councilArea) : undefined;
  // A council area named in the file puts the project in Scotland unless the file says otherwise.
  const nation = (project.nation as Nation | undefined) ?? (councilArea ? 'Scotland' : derived.nation);
  if (nation !== 'Scotland') return nation ? { nation } : {};
  const area = councilArea ?? (derived.nation === 'Scotland' ? derived.councilArea : undefined);
  return area ? { nation, councilArea: area } : { nation };
}
