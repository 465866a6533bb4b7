// The index's one script, inline and allowed by its hash. It reads every project's row from the
// page's data block and adds comfort: a search over names, organisations and summaries; filters
// by class, term, place, year and tag; sorting; all rows on one page, shown a hundred at a time.
// Without it the index is a plain paged table. Rows are built with textContent, never markup.

import { NOT_ENOUGH_TO_SCORE } from '../scorecard-parts.js';

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
] as const;

/** The words a search looks through: lower case, split at anything but letters and digits. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Where a name in the index leads, said in its caption with the script and without. */
export const SELECT_A_NAME =
  'Select a name to see its scorecard, or for a project assessed more than once, its assessments together.';

const at = (name: (typeof HUB_ROW)[number]) => HUB_ROW.indexOf(name);

export const HUB_SCRIPT = `
(function () {
  // Each row as the script uses it: r[F.…], with class and term ids, and its page.
  var F = { name: 0, org: 1, place: 2, year: 3, tags: 4, klass: 5, provisional: 6, score: 7, described: 8, claimed: 9, supported: 10, page: 11, note: 12, words: 13 };
  var STEP = 100;
  var dataBlock = document.getElementById('hub-data');
  var form = document.getElementById('hub-filters');
  var table = document.getElementById('hub-projects');
  if (!dataBlock || !form || !table) return;
  var data = JSON.parse(dataBlock.textContent);
  var classes = {}, terms = {};
  data.classes.forEach(function (c) { classes[c[0]] = [c[1], c[2], c[3]]; });
  data.terms.forEach(function (t) { terms[t[0]] = [t[1], t[2]]; });
  var idOf = function (list, n) { return n >= 0 && list[n] ? list[n][0] : null; };
  var rows = data.rows.map(function (c) {
    return [c[${at('name')}], c[${at('organisation')}], c[${at('place')}], String(c[${at('year')}]), c[${at('tags')}], idOf(data.classes, c[${at('class')}]), c[${at('provisional')}],
      c[${at('score')}], c[${at('completeness')}], idOf(data.terms, c[${at('claimed')}]), idOf(data.terms, c[${at('supported')}]), c[${at('page')}], c[${at('note')}], c[${at('words')}]];
  });
  var body = table.tBodies[0];
  var status = document.getElementById('hub-status');
  var more = document.getElementById('hub-more');
  var $ = function (id) { return document.getElementById(id); };
  var search = $('hub-search'), klass = $('hub-class'), supported = $('hub-supported'), claimed = $('hub-claimed');
  var place = $('hub-place'), year = $('hub-year'), tag = $('hub-tag'), sort = $('hub-sort');
  var vocabulary = data.words;
  var order = rows.map(function (_, i) { return i; });
  var matching = order;
  var limit = STEP;
  form.hidden = false;
  if (window.matchMedia && window.matchMedia('(min-width: 40rem)').matches) $('hub-more-filters').open = true;
  status.hidden = false;
  $('hub-pager').hidden = true;
  table.querySelector('caption').textContent = 'The projects that match, in the order chosen. ${SELECT_A_NAME}';

  function cell(tag, text, label, className) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (label) el.setAttribute('data-label', label);
    if (className) el.className = className;
    return el;
  }
  function link(href, text) { var a = document.createElement('a'); a.href = href; a.textContent = text; return a; }
  function termCell(id, label) {
    var td = cell('td', undefined, label);
    var term = id && terms[id];
    if (term) td.appendChild(link(term[1], term[0]));
    return td;
  }
  function rowElement(r) {
    var tr = document.createElement('tr');
    var th = cell('th');
    th.scope = 'row';
    th.appendChild(link(r[F.page], r[F.name]));
    if (r[F.org]) th.appendChild(cell('span', r[F.org], null, 'org'));
    if (r[F.note]) th.appendChild(cell('span', r[F.note], null, 'history'));
    tr.appendChild(th);
    var k = classes[r[F.klass]] || [r[F.klass], 2];
    var td = cell('td');
    td.appendChild(cell('span', k[0], null, 'badge rank-' + k[1]));
    if (r[F.provisional] & 1) { td.appendChild(document.createTextNode(' ')); td.appendChild(cell('span', 'provisional', null, 'provisional-mark')); }
    if (r[F.provisional] & 2) { td.appendChild(document.createTextNode(' ')); td.appendChild(cell('span', ${JSON.stringify(IN_PROGRESS)}, null, 'in-progress')); }
    tr.appendChild(td);
    tr.appendChild(cell('td', r[F.score] < 0 ? ${JSON.stringify(NOT_ENOUGH_TO_SCORE)} : String(r[F.score]), 'Score', 'num'));
    tr.appendChild(cell('td', r[F.described] + '%', 'Described', 'num'));
    tr.appendChild(termCell(r[F.claimed], 'Calls itself'));
    tr.appendChild(termCell(r[F.supported], 'Evidence supports'));
    tr.appendChild(cell('td', r[F.place], 'Place'));
    tr.appendChild(cell('td', r[F.year], 'Year'));
    tr.appendChild(cell('td', r[F.tags].join(', '), 'Tags', 'tags-cell'));
    return tr;
  }

  var collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  var SORTS = {
    name: function (a, b) { return collator.compare(rows[a][F.name], rows[b][F.name]); },
    'score-down': function (a, b) { return rows[b][F.score] - rows[a][F.score]; },
    'score-up': function (a, b) { return rows[a][F.score] - rows[b][F.score]; },
    described: function (a, b) { return rows[b][F.described] - rows[a][F.described]; },
    year: function (a, b) { return collator.compare(String(rows[b][F.year]), String(rows[a][F.year])); }
  };

  function show() {
    var fragment = document.createDocumentFragment();
    var shown = Math.min(limit, matching.length);
    for (var i = 0; i < shown; i++) fragment.appendChild(rowElement(rows[matching[i]]));
    body.textContent = '';
    body.appendChild(fragment);
    var total = rows.length === 1 ? '1 project' : rows.length + ' projects';
    status.textContent = matching.length === rows.length
      ? 'Showing all ' + total + (shown < matching.length ? ' (the first ' + shown + ' below)' : '') + '.'
      : matching.length + ' of ' + total + ' match' + (shown < matching.length ? ' (the first ' + shown + ' below)' : '') + '.';
    more.hidden = shown >= matching.length;
  }

  var current = null;
  function update() {
    var asked = search.value.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
    var want = { klass: klass.value, supported: supported.value, claimed: claimed.value, place: place.value, year: year.value, tag: tag.value };
    // The search box's change event (when it loses focus, as a result is clicked) must not
    // rebuild the same rows under the pointer: the click would be lost.
    var state = JSON.stringify([asked, want, sort.value]);
    if (state === current) return;
    current = state;
    var by = SORTS[sort.value] || SORTS.name;
    // For each word asked, the words of the list that hold it; a row matches when it has one of each.
    var wanted = asked.map(function (part) {
      var found = {};
      vocabulary.forEach(function (word, n) { if (word.indexOf(part) >= 0) found[n] = true; });
      return found;
    });
    matching = order.filter(function (i) {
      var r = rows[i];
      return (!want.klass || r[F.klass] === want.klass) && (!want.supported || r[F.supported] === want.supported) &&
        (!want.claimed || r[F.claimed] === want.claimed) && (!want.place || r[F.place] === want.place) &&
        (!want.year || String(r[F.year]) === want.year) && (!want.tag || r[F.tags].indexOf(want.tag) >= 0) &&
        wanted.every(function (found) { return r[F.words].some(function (n) { return found[n]; }); });
    }).sort(function (a, b) { return by(a, b) || SORTS.name(a, b) || a - b; });
    limit = STEP;
    show();
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  more.addEventListener('click', function () { limit += STEP; show(); });
  update();
})();
`;
