// The hub index's one script (hub.js, a file of the site, bundled by scripts/build-browser.mjs).
// It reads every project's row from the page's data block and adds comfort: a search over names,
// organisations and summaries; filters by class, term, nation, council area, place, year and tag;
// sorting; all rows on one page, shown a hundred at a time. When nothing matches it says which
// filters clash and offers the nearest choice that has results (the place's nation in place of
// the place, or one filter fewer). Without it the index is a plain paged table. Rows are built
// with textContent, never markup.
import { searchWords } from '../core/shared/text.js';
import { HUB_ROW, IN_PROGRESS, placeNote, SELECT_A_NAME, type HubData } from '../render/hub/hub-data.js';
import { NOT_ENOUGH_TO_SCORE } from '../render/scorecard-parts.js';
import {
  activeFilters,
  countPassing,
  hasOneOfEach,
  inTurn,
  nearestWithoutOne,
  passesAll,
  projectCount,
  vocabularyHolding,
  type IndexFilter,
} from './filter.js';

/** Rows shown at first, and added by each "Show more". */
const STEP = 100;

/** A project's row as the script uses it, with its class and term ids. */
interface Row {
  name: string;
  org: string;
  place: string;
  year: string;
  tags: string[];
  klass: string | null;
  /** 1: provisional; 2: in progress; 3: both. */
  provisional: number;
  /** -1 when the score is not shown. */
  score: number;
  described: number;
  claimed: string | null;
  supported: string | null;
  page: string;
  note: string;
  words: number[];
  nation: string;
  council: string;
  draft: boolean;
}

/** A filter of the form, with the name the status line gives it. */
interface HubFilter extends IndexFilter<Row> {
  el: HTMLInputElement | HTMLSelectElement;
  label: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The rows of the data block, decoded: class and term ids in place of their numbers. */
function decodeRows(data: HubData): Row[] {
  const idOf = (list: [string, ...unknown[]][], n: unknown) =>
    typeof n === 'number' && n >= 0 && list[n] ? list[n][0] : null;
  const field = (c: unknown[], name: (typeof HUB_ROW)[number]) => c[HUB_ROW.indexOf(name)];
  return data.rows.map((c) => ({
    name: field(c, 'name') as string,
    org: field(c, 'organisation') as string,
    place: field(c, 'place') as string,
    year: String(field(c, 'year')),
    tags: field(c, 'tags') as string[],
    klass: idOf(data.classes, field(c, 'class')),
    provisional: field(c, 'provisional') as number,
    score: field(c, 'score') as number,
    described: field(c, 'completeness') as number,
    claimed: idOf(data.terms, field(c, 'claimed')),
    supported: idOf(data.terms, field(c, 'supported')),
    page: field(c, 'page') as string,
    note: field(c, 'note') as string,
    words: field(c, 'words') as number[],
    nation: field(c, 'nation') as string,
    council: field(c, 'councilArea') as string,
    draft: field(c, 'draft') === 1,
  }));
}

function cell<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  label?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (label) el.setAttribute('data-label', label);
  if (className) el.className = className;
  return el;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function hubIndex(data: HubData, form: HTMLFormElement, table: HTMLTableElement): void {
  const classes = new Map(data.classes.map(([id, label, rank]) => [id, { label, rank }]));
  const terms = new Map(data.terms.map(([id, label, page]) => [id, { label, page }]));
  const rows = decodeRows(data);
  const body = table.tBodies[0]!;
  const status = $('hub-status');
  const more = $('hub-more');
  const search = $<HTMLInputElement>('hub-search');
  const place = $<HTMLSelectElement>('hub-place');
  const nation = $<HTMLSelectElement>('hub-nation');
  const sort = $<HTMLSelectElement>('hub-sort');
  const order = rows.map((_, i) => i);
  let matching = order;
  let limit = STEP;
  form.hidden = false;
  if (window.matchMedia && window.matchMedia('(min-width: 40rem)').matches)
    $<HTMLDetailsElement>('hub-more-filters').open = true;
  status.hidden = false;
  $('hub-pager').hidden = true;
  table.querySelector('caption')!.textContent = `The projects that match, in the order chosen. ${SELECT_A_NAME}`;

  function termCell(id: string | null, label: string): HTMLTableCellElement {
    const td = cell('td', undefined, label);
    const term = id ? terms.get(id) : undefined;
    if (term) td.appendChild(link(term.page, term.label));
    return td;
  }

  function mark(td: HTMLElement, text: string, className: string): void {
    td.appendChild(document.createTextNode(' '));
    td.appendChild(cell('span', text, null, className));
  }

  function rowElement(r: Row): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const th = cell('th');
    th.scope = 'row';
    th.appendChild(link(r.page, r.name));
    if (r.org) th.appendChild(cell('span', r.org, null, 'org'));
    if (r.note) th.appendChild(cell('span', r.note, null, 'history'));
    tr.appendChild(th);
    const klass = (r.klass !== null && classes.get(r.klass)) || { label: r.klass ?? '', rank: 2 };
    const td = cell('td');
    td.appendChild(
      r.draft
        ? cell('span', 'Draft', null, 'badge draft')
        : cell('span', klass.label, null, `badge rank-${klass.rank}`),
    );
    if (!r.draft && r.provisional & 1) mark(td, 'provisional', 'provisional-mark');
    if (!r.draft && r.provisional & 2) mark(td, IN_PROGRESS, 'in-progress');
    tr.appendChild(td);
    // A draft has no score: it is not scored until it is checked.
    tr.appendChild(cell('td', r.draft ? '—' : r.score < 0 ? NOT_ENOUGH_TO_SCORE : String(r.score), 'Score', 'num'));
    tr.appendChild(cell('td', r.draft ? '—' : `${r.described}%`, 'Described', 'num'));
    tr.appendChild(termCell(r.claimed, 'Calls itself'));
    tr.appendChild(termCell(r.supported, 'Evidence supports'));
    const placeCell = cell('td', r.place, 'Place');
    const placed = placeNote(r.place, r.nation, r.council);
    if (placed) placeCell.appendChild(cell('span', placed, null, 'org'));
    tr.appendChild(placeCell);
    tr.appendChild(cell('td', r.year, 'Year'));
    tr.appendChild(cell('td', r.tags.join(', '), 'Tags', 'tags-cell'));
    return tr;
  }

  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  const byName = (a: number, b: number) => collator.compare(rows[a]!.name, rows[b]!.name);
  const SORTS: Record<string, (a: number, b: number) => number> = {
    name: byName,
    'score-down': (a, b) => rows[b]!.score - rows[a]!.score,
    'score-up': (a, b) => rows[a]!.score - rows[b]!.score,
    described: (a, b) => rows[b]!.described - rows[a]!.described,
    year: (a, b) => collator.compare(rows[b]!.year, rows[a]!.year),
  };

  function show(): void {
    const fragment = document.createDocumentFragment();
    const shown = Math.min(limit, matching.length);
    for (let i = 0; i < shown; i++) fragment.appendChild(rowElement(rows[matching[i]!]!));
    body.textContent = '';
    body.appendChild(fragment);
    const total = projectCount(rows.length);
    const firstOnly = shown < matching.length ? ` (the first ${shown} below)` : '';
    status.textContent =
      matching.length === rows.length
        ? `Showing all ${total}${firstOnly}.`
        : `${matching.length} of ${total} match${firstOnly}.`;
    if (matching.length === 0) explainNothing();
    more.hidden = shown >= matching.length;
  }

  // Every filter, with how a row passes it; the search is one too.
  let wanted: Set<number>[] = [];
  const select = (id: string) => $<HTMLSelectElement>(id);
  const FILTERS: HubFilter[] = [
    { el: search, label: 'Search', test: (r) => hasOneOfEach(r.words, wanted) },
    { el: select('hub-class'), label: 'Class', test: (r, v) => r.klass === v },
    { el: select('hub-supported'), label: 'Evidence supports', test: (r, v) => r.supported === v },
    { el: select('hub-claimed'), label: 'Calls itself', test: (r, v) => r.claimed === v },
    { el: nation, label: 'Nation', test: (r, v) => r.nation === v },
    { el: select('hub-council'), label: 'Council area', test: (r, v) => r.council === v },
    { el: place, label: 'Place', test: (r, v) => r.place === v },
    { el: select('hub-year'), label: 'Year', test: (r, v) => r.year === v },
    { el: select('hub-tag'), label: 'Tag', test: (r, v) => r.tags.includes(v) },
  ];

  function named(f: HubFilter): string {
    const text = f.el instanceof HTMLSelectElement ? f.el.options[f.el.selectedIndex]!.text : f.el.value.trim();
    return `${f.label} “${text}”`;
  }

  // Nothing matches: say what each filter finds alone, and offer the nearest choice that finds something.
  function explainNothing(): void {
    const on = activeFilters(FILTERS);
    if (on.length === 0) return;
    const alone = on.map((f) => `${named(f)}: ${projectCount(countPassing(rows, [f]))}`);
    status.textContent =
      on.length > 1
        ? `No project matches all of these together. On its own, ${alone.join('; ')}.`
        : on[0]!.el === search
          ? `No project’s name, organisation or summary holds “${search.value.trim()}”.`
          : `No project matches ${named(on[0]!)}.`;
    const offer = nearest(on);
    if (!offer) return;
    status.appendChild(document.createTextNode(' '));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'nearest';
    button.textContent = `${offer.text} (${projectCount(offer.count)})`;
    button.addEventListener('click', () => {
      offer.apply();
      update();
    });
    status.appendChild(button);
  }

  function nearest(on: HubFilter[]): { text: string; count: number; apply(): void } | undefined {
    // A place written as a town is one nation's: the nation is the nearer filter than none.
    if (place.value && !nation.value) {
      const only = [...new Set(rows.filter((r) => r.place === place.value).map((r) => r.nation))];
      const option =
        only.length === 1 ? [...nation.options].find((o) => o.value === only[0] && o.value !== '-') : undefined;
      if (option) {
        const others = on.filter((f) => f.el !== place);
        const n = rows.filter((r) => r.nation === option.value && passesAll(r, others)).length;
        if (n > 0)
          return {
            text: `Show Nation “${option.text}” in place of Place “${place.value}”`,
            count: n,
            apply: () => {
              place.value = '';
              nation.value = option.value;
            },
          };
      }
    }
    const fewer = nearestWithoutOne(rows, on);
    return (
      fewer && {
        text: `Show them without ${named(fewer.without)}`,
        count: fewer.count,
        apply: () => {
          fewer.without.el.value = '';
        },
      }
    );
  }

  let current: string | null = null;
  function update(): void {
    const asked = searchWords(search.value);
    // The search box's change event (when it loses focus, as a result is clicked) must not
    // rebuild the same rows under the pointer: the click would be lost.
    const state = JSON.stringify([asked, FILTERS.map((f) => f.el.value), sort.value]);
    if (state === current) return;
    current = state;
    const by = SORTS[sort.value] ?? byName;
    // For each word asked, the words of the list that hold it; a row matches when it has one of each.
    wanted = vocabularyHolding(data.words, asked);
    const on = activeFilters(FILTERS);
    matching = order.filter((i) => passesAll(rows[i]!, on)).sort(inTurn(by, byName, (a, b) => a - b));
    limit = STEP;
    show();
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(update, 0));
  more.addEventListener('click', () => {
    limit += STEP;
    show();
  });
  update();
}

const dataBlock = document.getElementById('hub-data');
const form = document.getElementById('hub-filters');
const table = document.getElementById('hub-projects');
if (dataBlock && form instanceof HTMLFormElement && table instanceof HTMLTableElement)
  hubIndex(JSON.parse(dataBlock.textContent!) as HubData, form, table);
