// The search, filters and sorting that the two indexes of projects share: the hub's index
// (hub-app.ts) and the HTML report's (report-app.ts). Pure: rows and the values asked in, rows
// out; the scripts read the values from the page's controls and show the rows.

/** "1 project", "12 projects". */
export function projectCount(n: number): string {
  return n === 1 ? '1 project' : `${n} projects`;
}

/** One of an index's filters: a control (a search box or a list) and how a row passes it. */
export interface IndexFilter<Row> {
  el: { value: string };
  /** Whether `row` passes when the control holds `value` (only asked while it holds something). */
  test(row: Row, value: string): boolean;
}

/** The filters whose control holds something: a blank search or "any" does not filter. */
export function activeFilters<F extends IndexFilter<unknown>>(filters: readonly F[]): F[] {
  return filters.filter((f) => f.el.value.trim() !== '');
}

/** Whether `row` passes every one of `filters`. */
export function passesAll<Row>(row: Row, filters: readonly IndexFilter<Row>[]): boolean {
  return filters.every((f) => f.test(row, f.el.value));
}

/** How many of `rows` pass every one of `filters`. */
export function countPassing<Row>(rows: readonly Row[], filters: readonly IndexFilter<Row>[]): number {
  return rows.filter((row) => passesAll(row, filters)).length;
}

/**
 * With several filters on and nothing found, the one to drop that leaves the fewest projects
 * (the nearest to what was asked), with how many it leaves; none when dropping any leaves none.
 * With one filter on, dropping it is "every project", which the page's "Clear filters" says.
 */
export function nearestWithoutOne<Row, F extends IndexFilter<Row>>(
  rows: readonly Row[],
  on: readonly F[],
): { without: F; count: number } | undefined {
  if (on.length < 2) return undefined;
  let best: { without: F; count: number } | undefined;
  for (const f of on) {
    const count = countPassing(
      rows,
      on.filter((g) => g !== f),
    );
    if (count > 0 && (!best || count < best.count)) best = { without: f, count };
  }
  return best;
}

/** The HTML report's search: lower case, split at spaces; a row matches when its text holds every word. */
export function spacedWords(asked: string): string[] {
  return asked.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether `text` holds every one of `words`, anywhere in it. */
export function holdsEvery(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

/**
 * The hub's search: for each word asked, the numbers of the words in `vocabulary` that hold it
 * (the hub lists every project's words once, and each row by their numbers).
 */
export function vocabularyHolding(vocabulary: readonly string[], asked: readonly string[]): Set<number>[] {
  return asked.map((part) => {
    const found = new Set<number>();
    vocabulary.forEach((word, n) => {
      if (word.includes(part)) found.add(n);
    });
    return found;
  });
}

/** Whether a row with these word numbers has a word holding each word asked. */
export function hasOneOfEach(rowWords: readonly number[], wanted: readonly Set<number>[]): boolean {
  return wanted.every((found) => rowWords.some((n) => found.has(n)));
}

type Compare<T> = (a: T, b: T) => number;

/** An order that asks each comparison in turn, until one tells the two apart. */
export function inTurn<T>(...comparisons: Compare<T>[]): Compare<T> {
  return (a, b) => {
    for (const compare of comparisons) {
      const order = compare(a, b);
      if (order) return order;
    }
    return 0;
  };
}
