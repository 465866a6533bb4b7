// The HTML report's one script, inline and allowed by its hash in the page's Content-Security-
// Policy (bundled by scripts/build-browser.mjs). It only adds comfort to the index: sorting by any
// column, filtering by words or class. Without it the page shows everything, in the order copro
// scored it.
import { activeFilters, holdsEvery, inTurn, passesAll, projectCount, spacedWords, type IndexFilter } from './filter.js';

/** A row's sort key in `column`: its cell's data-value, or else its text. */
function key(row: HTMLTableRowElement, column: number, numeric: boolean): string | number {
  const cell = row.cells[column]!;
  const value = cell.getAttribute('data-value') ?? cell.textContent!.trim();
  return numeric ? parseFloat(value) : value.toLowerCase();
}

const projectNumber = (row: HTMLTableRowElement) => Number(row.getAttribute('data-project'));

function reportIndex(table: HTMLTableElement, controls: HTMLElement): void {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const search = document.getElementById('search') as HTMLInputElement;
  const klass = document.getElementById('class-filter') as HTMLSelectElement;
  const shown = document.getElementById('shown')!;
  const gallery = document.getElementById('cards');
  controls.hidden = false;

  const card = (row: HTMLTableRowElement) => document.getElementById(`card-${row.getAttribute('data-project')}`);
  const FILTERS: IndexFilter<HTMLTableRowElement>[] = [
    { el: klass, test: (row, wanted) => row.getAttribute('data-class') === wanted },
    { el: search, test: (row, asked) => holdsEvery(row.getAttribute('data-search')!, spacedWords(asked)) },
  ];

  function filter(): void {
    const on = activeFilters(FILTERS);
    let count = 0;
    for (const row of rows) {
      const match = passesAll(row, on);
      row.hidden = !match;
      const c = card(row);
      if (c) c.hidden = !match;
      if (match) count++;
    }
    shown.textContent = `Showing ${count} of ${projectCount(rows.length)}`;
  }

  function sortBy(th: HTMLTableCellElement, column: number): void {
    const numeric = th.getAttribute('data-type') === 'number';
    const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of (th.parentElement as HTMLTableRowElement).cells) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const sign = direction === 'ascending' ? 1 : -1;
    const byColumn = (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
      const x = key(a, column, numeric);
      const y = key(b, column, numeric);
      return sign * (numeric ? (x as number) - (y as number) : (x as string).localeCompare(y as string));
    };
    rows.sort(inTurn(byColumn, (a, b) => projectNumber(a) - projectNumber(b)));
    for (const row of rows) {
      body.appendChild(row);
      const c = card(row);
      if (c && gallery) gallery.appendChild(c);
    }
  }

  [...table.tHead!.rows[0]!.cells].forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', () => sortBy(th, column));
  });
  search.addEventListener('input', filter);
  klass.addEventListener('change', filter);
  filter();
}

const table = document.getElementById('projects');
const controls = document.getElementById('controls');
if (table instanceof HTMLTableElement && controls) reportIndex(table, controls);
