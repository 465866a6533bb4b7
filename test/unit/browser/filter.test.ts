// The search, filters and sorting the hub's index and the HTML report's index share
// (src/browser/filter.ts), outside the browser: the pages' scripts only read their controls and
// show the rows these functions choose.
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  countPassing,
  hasOneOfEach,
  holdsEvery,
  inTurn,
  nearestWithoutOne,
  passesAll,
  projectCount,
  spacedWords,
  vocabularyHolding,
  type IndexFilter,
} from '../../../src/browser/filter.js';
import { searchWords } from '../../../src/core/shared/text.js';

interface Row {
  name: string;
  nation: string;
  year: string;
}

const ROWS: Row[] = [
  { name: 'Leith Decides', nation: 'Scotland', year: '2020' },
  { name: 'Dundee Decides', nation: 'Scotland', year: '2018' },
  { name: 'Lambeth Living Well', nation: 'England', year: '2018' },
  { name: 'Lochaber Link', nation: 'Scotland', year: '2020' },
];

/** A filter as a page has one: a control holding `value`. */
const filter = (value: string, test: IndexFilter<Row>['test']): IndexFilter<Row> => ({ el: { value }, test });
const byNation = (value: string) => filter(value, (r, v) => r.nation === v);
const byYear = (value: string) => filter(value, (r, v) => r.year === v);

describe('the filters of an index', () => {
  it('leaves out a filter whose control is blank or "any", so it filters nothing', () => {
    const on = [byNation('Scotland'), byYear(''), filter('   ', () => false)];
    expect(activeFilters(on)).toEqual([on[0]]);
    expect(ROWS.filter((r) => passesAll(r, activeFilters(on))).map((r) => r.name)).toEqual([
      'Leith Decides',
      'Dundee Decides',
      'Lochaber Link',
    ]);
  });

  it('lets a row through only when it passes every filter, each with its own value', () => {
    expect(countPassing(ROWS, [byNation('Scotland'), byYear('2018')])).toBe(1);
    expect(countPassing(ROWS, [byNation('England'), byYear('2020')])).toBe(0);
    expect(countPassing(ROWS, [])).toBe(4);
  });

  it('offers, when filters clash, the one to drop that leaves the fewest projects', () => {
    // Scotland, 2018 and a name starting "L" find nothing together. Without Scotland: Lambeth (1);
    // without 2018: Leith and Lochaber (2); without the name: Dundee (1). Of equals, the first.
    const scotland = byNation('Scotland');
    const clash = [scotland, byYear('2018'), filter('l', (r, v) => r.name.toLowerCase().startsWith(v))];
    expect(countPassing(ROWS, clash)).toBe(0);
    expect(nearestWithoutOne(ROWS, clash)).toEqual({ without: scotland, count: 1 });
    const year = byYear('2019');
    expect(nearestWithoutOne(ROWS, [byNation('England'), year])).toEqual({ without: year, count: 1 });
  });

  it('offers nothing with one filter on (that is "Clear filters") or when no single drop finds a project', () => {
    expect(nearestWithoutOne(ROWS, [byNation('Wales')])).toBeUndefined();
    expect(nearestWithoutOne(ROWS, [byNation('Wales'), byYear('1999'), byNation('Ireland')])).toBeUndefined();
  });

  it('counts projects in words', () => {
    expect(projectCount(0)).toBe('0 projects');
    expect(projectCount(1)).toBe('1 project');
    expect(projectCount(12)).toBe('12 projects');
  });
});

describe("the HTML report's search", () => {
  it('splits what is asked at spaces, in lower case, and finds rows whose text holds every word', () => {
    expect(spacedWords('  Leith  DECIDES ')).toEqual(['leith', 'decides']);
    expect(spacedWords('   ')).toEqual([]);
    const text = '£eith decides (later leith chooses) | leith | participatory-budgeting';
    expect(holdsEvery(text, spacedWords('leith choose'))).toBe(true);
    expect(holdsEvery(text, spacedWords('participatory-budgeting'))).toBe(true);
    expect(holdsEvery(text, spacedWords('leith dundee'))).toBe(false);
    expect(holdsEvery(text, [])).toBe(true);
  });
});

describe("the hub's search", () => {
  const vocabulary = ['leith', 'decides', 'dundee', 'living', 'well', 'deciding'];

  it('splits what is asked as the hub lists its words: at anything but letters and digits', () => {
    expect(searchWords('Co-production, Leith 2020!')).toEqual(['co', 'production', 'leith', '2020']);
    expect(searchWords('Gàidhlig Ùr')).toEqual(['gàidhlig', 'ùr']);
    expect(searchWords(' — ')).toEqual([]);
  });

  it('finds, for each word asked, every word of the list that holds it', () => {
    expect(vocabularyHolding(vocabulary, ['deci', 'lei'])).toEqual([new Set([1, 5]), new Set([0])]);
    expect(vocabularyHolding(vocabulary, ['zzz'])).toEqual([new Set()]);
  });

  it('matches a row that has a word holding each word asked, and any row when nothing is asked', () => {
    const wanted = vocabularyHolding(vocabulary, ['deci', 'lei']);
    expect(hasOneOfEach([0, 1], wanted)).toBe(true); // Leith Decides
    expect(hasOneOfEach([2, 1], wanted)).toBe(false); // Dundee Decides: no "lei"
    expect(hasOneOfEach([3, 4], [])).toBe(true);
  });
});

describe('sorting', () => {
  it('asks each comparison in turn until one tells two rows apart', () => {
    const byYearDown = (a: Row, b: Row) => Number(b.year) - Number(a.year);
    const byName = (a: Row, b: Row) => a.name.localeCompare(b.name);
    expect([...ROWS].sort(inTurn(byYearDown, byName)).map((r) => r.name)).toEqual([
      'Leith Decides',
      'Lochaber Link',
      'Dundee Decides',
      'Lambeth Living Well',
    ]);
    // A comparison that cannot tell (NaN, as a number column with no number gives) passes to the next.
    expect(
      inTurn<number>(
        () => NaN,
        (a, b) => a - b,
      )(2, 1),
    ).toBe(1);
    expect(inTurn<number>(() => 0)(2, 1)).toBe(0);
  });
});
