// The hub's index: every project in a table (name and organisation, class with its provisional
// mark, score, how much is described, the term it calls itself, the term the evidence supports,
// place, year, tags), by name. Without JavaScript the table is paged (index.html, index-2.html…)
// and every project page is a link away; with it, the first page carries the rows as data and
// its script filters, searches and sorts all of them (src/browser/hub-app.ts).
import { escapeHtml as esc } from '../text/escape-html.js';
import { historyNote } from '../batch-row.js';
import { type HubRow } from './model.js';
import { hubPage, linkTo, type HubSite } from './page.js';
import { searchWords } from '../../core/shared/text.js';
import { HUB_ROW, IN_PROGRESS, NATION_UNKNOWN, placeNote, SELECT_A_NAME, type HubData } from './hub-data.js';
import { isNumberShown } from '../scorecard-parts.js';
import type { HubWords } from './words.js';

/** Rows per page of the index without its script, and per "show more" with it. */
const INDEX_PAGE_SIZE = 100;

const indexPagePath = (n: number) => (n === 1 ? 'index.html' : `index-${n}.html`);

function termCell(words: HubWords, from: string, id: string | null, label: string): string {
  const term = words.termOf(id);
  return `<td data-label="${label}">${term ? `<a href="${esc(linkTo(from, term.page))}">${esc(term.label)}</a>` : ''}</td>`;
}

/** How a nation is offered as a filter; a project whose nation cannot be told is "Not known". */
const nationLabel = (nation: string) =>
  nation === 'elsewhere' ? 'Outside the UK' : nation === NATION_UNKNOWN ? 'Not known' : nation;
const NATION_ORDER = ['Scotland', 'England', 'Wales', 'Northern Ireland', 'elsewhere', NATION_UNKNOWN];

function nationOptions(rows: readonly HubRow[]): string {
  const present = new Set(rows.map((r) => r.nation || NATION_UNKNOWN));
  return NATION_ORDER.filter((n) => present.has(n))
    .map((n) => `<option value="${esc(n)}">${esc(nationLabel(n))}</option>`)
    .join('');
}

function rowHtml(row: HubRow, words: HubWords, from: string): string {
  const klass = words.classOf(row.classId);
  const org = row.organisation ? `<span class="org">${esc(row.organisation)}</span>` : '';
  const note = historyNote(row);
  const history = note ? `<span class="history">${esc(note)}</span>` : '';
  // A draft is listed for what it is, with no class and no score.
  const verdict = row.draft
    ? `<span class="badge draft">Draft</span>`
    : `<span class="badge rank-${klass?.rank ?? 2}">${esc(klass?.short ?? row.classId)}</span>${row.provisional ? ' <span class="provisional-mark">provisional</span>' : ''}${row.inProgress ? ` <span class="in-progress">${IN_PROGRESS}</span>` : ''}`;
  const figures = row.draft
    ? `<td class="num" data-label="Score">—</td><td class="num" data-label="Described">—</td>`
    : `<td class="num" data-label="Score">${esc(row.scoreText)}</td><td class="num" data-label="Described">${row.completeness}%</td>`;
  const placed = placeNote(row.place, row.nation, row.councilArea);
  return [
    `<tr><th scope="row"><a href="${esc(linkTo(from, row.page))}">${esc(row.name)}</a>${org}${history}</th>`,
    `<td>${verdict}</td>`,
    figures,
    termCell(words, from, row.claimed, 'Calls itself'),
    termCell(words, from, row.supported, 'Evidence supports'),
    `<td data-label="Place">${esc(row.place)}${placed ? `<span class="org">${esc(placed)}</span>` : ''}</td><td data-label="Year">${esc(row.year)}</td>`,
    `<td class="tags-cell" data-label="Tags">${esc(row.tags.join(', '))}</td></tr>`,
  ].join('');
}

const COLUMNS = [
  'Project',
  'Class',
  'Score',
  'Described',
  'Calls itself',
  'Evidence supports',
  'Place',
  'Year',
  'Tags',
];

function table(rows: readonly HubRow[], words: HubWords, from: string, caption: string): string {
  const head = COLUMNS.map(
    (c) => `<th scope="col"${c === 'Score' || c === 'Described' ? ' class="num"' : ''}>${c}</th>`,
  ).join('');
  return `<div class="table-wrap"><table id="hub-projects" class="stack"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.map((r) => rowHtml(r, words, from)).join('')}</tbody></table></div>`;
}

function pager(page: number, pages: number, from: string): string {
  if (pages <= 1) return '';
  const link = (n: number, text: string, rel: string) =>
    `<a href="${esc(linkTo(from, indexPagePath(n)))}" rel="${rel}">${text}</a>`;
  const parts = [
    page > 1 ? link(page - 1, '← Previous page', 'prev') : '',
    `<span>Page ${page} of ${pages}</span>`,
    page < pages ? link(page + 1, 'Next page →', 'next') : '',
  ];
  return `<nav class="pager" aria-label="Pages of the project list">${parts.filter(Boolean).join('')}</nav>`;
}

/** Distinct values, sorted, as <option>s. */
function options(values: Iterable<string>, label: (value: string) => string = (v) => v): string {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...new Set(values)]
    .filter(Boolean)
    .sort(collator.compare)
    .map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`)
    .join('');
}

function filters(rows: readonly HubRow[], words: HubWords): string {
  const select = (id: string, label: string, all: string, choices: string) =>
    `<label>${label}<select id="${id}"><option value="">${all}</option>${choices}</select></label>`;
  const termChoices = words.terms.map((t) => `<option value="${esc(t.id)}">${esc(t.label)}</option>`).join('');
  return [
    '<form class="hub-filters" id="hub-filters" role="search" aria-label="Filter the projects" hidden>',
    '<label class="search">Search names, organisations and summaries<input type="search" id="hub-search" autocomplete="off"></label>',
    // Folded on a phone (the script opens it on a wider screen), so the list is not a screen away.
    '<details id="hub-more-filters"><summary>Filter and sort</summary><div class="hub-filter-fields">',
    select(
      'hub-class',
      'Class',
      'All classes',
      words.classes.map((c) => `<option value="${esc(c.id)}">${esc(c.short)}</option>`).join(''),
    ),
    select('hub-supported', 'Evidence supports', 'Any term', termChoices),
    select('hub-claimed', 'Calls itself', 'Any term', termChoices),
    select('hub-nation', 'Nation', 'Any nation', nationOptions(rows)),
    select('hub-council', 'Council area (Scotland)', 'Any council area', options(rows.map((r) => r.councilArea))),
    select('hub-place', 'Place', 'Anywhere', options(rows.map((r) => r.place))),
    select('hub-year', 'Year', 'Any year', options(rows.map((r) => r.year))),
    select('hub-tag', 'Tag', 'Any tag', options(rows.flatMap((r) => r.tags))),
    `<label>Sort by<select id="hub-sort"><option value="name">Name, A to Z</option><option value="score-down">Score, highest first</option><option value="score-up">Score, lowest first</option><option value="described">Most described first</option><option value="year">Newest first</option></select></label>`,
    '<button type="reset" id="hub-reset">Clear filters</button>',
    '</div></details>',
    '</form>',
  ].join('');
}

/** The rows as data for the script, in the shape HUB_ROW describes, safe inside a <script> element. */
function rowData(rows: readonly HubRow[], words: HubWords): string {
  const vocabulary = new Map<string, number>();
  const classIndex = new Map(words.classes.map((c, i) => [c.id, i]));
  const termIndex = new Map(words.terms.map((t, i) => [t.id, i]));
  const place = (index: Map<string, number>, id: string | null) => (id === null ? -1 : (index.get(id) ?? -1));
  const encoded = rows.map((row) => {
    const ids = new Set<number>();
    for (const word of searchWords(`${row.name} ${row.organisation} ${row.summary}`)) {
      if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
      ids.add(vocabulary.get(word)!);
    }
    const values: Record<(typeof HUB_ROW)[number], unknown> = {
      name: row.name,
      organisation: row.organisation,
      place: row.place,
      nation: row.nation || NATION_UNKNOWN,
      councilArea: row.councilArea,
      year: row.year,
      tags: row.tags,
      class: row.draft ? -1 : place(classIndex, row.classId),
      // 2: provisional and in progress; the script marks each. A score not shown is -1.
      provisional: (row.provisional ? 1 : 0) + (row.inProgress ? 2 : 0),
      score: row.draft || !isNumberShown(row.scoreText) ? -1 : row.score,
      completeness: row.draft ? -1 : row.completeness,
      claimed: row.draft ? -1 : place(termIndex, row.claimed),
      supported: row.draft ? -1 : place(termIndex, row.supported),
      draft: row.draft ? 1 : 0,
      page: row.page,
      note: historyNote(row),
      words: [...ids],
    };
    return HUB_ROW.map((key) => values[key]);
  });
  const data: HubData = {
    classes: words.classes.map((c) => [c.id, c.short, c.rank, c.page]),
    terms: words.terms.map((t) => [t.id, t.label, t.page]),
    words: [...vocabulary.keys()],
    rows: encoded,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function counts(rows: readonly HubRow[], words: HubWords): string {
  // The scale's classes always (a zero says something); an outcome off it only where a project has it.
  const items = words.classes.flatMap((c) => {
    const n = rows.filter((r) => r.classId === c.id && !r.draft).length;
    if (n === 0 && c.offScale) return [];
    return [`<li><span class="badge rank-${c.rank}">${n}</span> <a href="${esc(c.page)}">${esc(c.short)}</a></li>`];
  });
  return `<ul class="counts" aria-label="Projects by class">${items.join('')}</ul>`;
}

/** Every page of the index: [path, html]. `rows` are in index order. */
export function indexPages(site: HubSite, rows: readonly HubRow[], words: HubWords): [string, string][] {
  const pages = Math.max(1, Math.ceil(rows.length / INDEX_PAGE_SIZE));
  const out: [string, string][] = [];
  const assessed = rows.reduce((n, row) => n + (row.history?.assessments ?? 1), 0);
  const several =
    assessed > rows.length
      ? ` (${assessed} assessments: a project assessed more than once is shown by its latest)`
      : '';
  const strapline = site.strapline ? `<p class="strapline">${esc(site.strapline)}</p>` : '';
  const drafts = rows.filter((r) => r.draft).length;
  const scored = rows.length - drafts;
  const draftNote = drafts
    ? ` ${drafts} more ${drafts === 1 ? 'is a draft' : 'are drafts'}, not scored until checked.`
    : '';
  const heading = `<h1>${esc(site.title)}</h1>${strapline}<p>${scored} ${scored === 1 ? 'project' : 'projects'}${several}, each scored against “${esc(site.header.framework.name)}”.${draftNote}</p>`;
  for (let page = 1; page <= pages; page++) {
    const path = indexPagePath(page);
    const slice = rows.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE);
    const first = page === 1;
    const caption =
      pages === 1
        ? `Every project, by name. ${SELECT_A_NAME}`
        : `Projects ${(page - 1) * INDEX_PAGE_SIZE + 1} to ${(page - 1) * INDEX_PAGE_SIZE + slice.length} of ${rows.length}, by name. ${SELECT_A_NAME}`;
    const body = [
      `<section aria-labelledby="projects-title"><h2 id="projects-title">All projects</h2>`,
      first ? filters(rows, words) : '',
      first ? '<p class="hub-status" id="hub-status" aria-live="polite" hidden></p>' : '',
      rows.length === 0 ? '<p>No project could be scored.</p>' : table(slice, words, path, caption),
      first ? `<button type="button" class="more" id="hub-more" hidden>Show more</button>` : '',
      `<div id="hub-pager">${pager(page, pages, path)}</div>`,
      '</section>',
      first ? downloads(site.plainJson === true) : '',
      first ? `<script type="application/json" id="hub-data">${rowData(rows, words)}</script>` : '',
    ].join('');
    out.push([
      path,
      hubPage(
        site,
        {
          path,
          title: first ? 'All projects' : `All projects, page ${page}`,
          current: 'index',
          script: first,
        },
        `${heading}${counts(rows, words)}`,
        body,
      ),
    ]);
  }
  return out;
}

/** The downloads: the JSON report gzipped (and plain, when the hub writes it plain too), and the CSV. */
function downloads(plainJson: boolean): string {
  const plain = plainJson
    ? '<li><a href="projects.json" download>projects.json</a>: the same report, not compressed</li>'
    : '';
  return `<section aria-labelledby="downloads-title"><h2 id="downloads-title">Download the data</h2><ul class="downloads"><li><a href="projects.json.gz" download>projects.json.gz</a>: every scorecard in full (copro's JSON report, for programs), compressed with gzip. Most archive tools open it; on the command line, <code>gunzip -k projects.json.gz</code> gives projects.json, and <code>zcat projects.json.gz | jq</code> reads it without unpacking.</li>${plain}<li><a href="projects.csv" download>projects.csv</a>: one row per project, for a spreadsheet</li></ul></section>`;
}
