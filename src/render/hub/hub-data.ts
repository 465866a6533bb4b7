// What the index page and its script (src/browser/hub-app.ts) agree on: the shape of the data
// block the page carries and the script reads, and the words both of them show.

/** The mark beside the class of a project with a stage not started yet. */
export const IN_PROGRESS = 'in progress';

/**
 * The data block, kept small so that a hub of thousands loads quickly: classes and terms once,
 * rows as arrays (HUB_ROW says the order) that name them by their place in those lists, and for
 * the search each row's distinct words (of its name, organisation and summary) as numbers into
 * one shared list of words.
 */
export const HUB_ROW = [
  'name',
  'organisation',
  'place',
  'year',
  'tags',
  'class',
  'provisional',
  'score',
  'completeness',
  'claimed',
  'supported',
  'page',
  'note',
  'words',
  'nation',
  'councilArea',
  'draft',
] as const;

/** The data block as the page writes it and the script reads it. */
export interface HubData {
  /** [id, label, rank, page] of each class. */
  classes: [string, string, number, string][];
  /** [id, label, page] of each term. */
  terms: [string, string, string][];
  /** Every distinct word of the search, once. */
  words: string[];
  /** Each project's values, in HUB_ROW's order. */
  rows: unknown[][];
}

/** A place with no nation the places list knows. */
export const NATION_UNKNOWN = '-';

/** Where a name in the index leads, said in its caption with the script and without. */
export const SELECT_A_NAME =
  'Select a name to see its scorecard, or for a project assessed more than once, its assessments together.';

/**
 * The council area and nation shown under a project's place, where the place as written does not
 * already say them (the index shows it, and its script as it rebuilds rows).
 */
export function placeNote(place: string, nation: string, councilArea: string): string {
  const written = place.toLowerCase();
  return [councilArea, nation === 'elsewhere' ? 'Outside the UK' : nation === NATION_UNKNOWN ? '' : nation]
    .filter((w) => w && !written.includes(w.toLowerCase()))
    .join(', ');
}
