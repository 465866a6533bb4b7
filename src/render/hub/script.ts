// The index's one script, inline and allowed by its hash. It reads every project's row from the
// page's data block and adds comfort: a search over names, organisations and summaries; filters
// by class, term, nation, council area, place, year and tag; sorting; all rows on one page, shown a
// hundred at a time. When nothing matches it says which filters clash and offers the nearest
// choice that has results (the place's nation in place of the place, or one filter fewer).
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
  'nation',
  'councilArea',
  'draft',
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
  var F = { name: 0, org: 1, place: 2, year: 3, tags: 4, klass: 5, provisional: 6, score: 7, described: 8, claimed: 9, supported: 10, page: 11, note: 12, words: 13, nation: 14, council: 15, draft: 16 };
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
      c[${at('score')}], c[${at('completeness')}], idOf(data.terms, c[${at('claimed')}]), idOf(data.terms, c[${at('supported')}]), c[${at('page')}], c[${at('note')}], c[${at('words')}], c[${at('nation')}], c[${at('councilArea')}], c[${at('draft')}] === 1];
  });
  var body = table.tBodies[0];
  var status = document.getElementById('hub-status');
  var more = document.getElementById('hub-more');
  var $ = function (id) { return document.getElementById(id); };
  var search = $('hub-search'), klass = $('hub-class'), supported = $('hub-supported'), claimed = $('hub-claimed');
  var place = $('hub-place'), year = $('hub-year'), tag = $('hub-tag'), sort = $('hub-sort');
  var nation = $('hub-nation'), council = $('hub-council');
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
    var k = r[F.draft] ? ['Draft', 'draft'] : classes[r[F.klass]] || [r[F.klass], 2];
    var td = cell('td');
    td.appendChild(cell('span', k[0], null, r[F.draft] ? 'badge draft' : 'badge rank-' + k[1]));
    if (!r[F.draft] && r[F.provisional] & 1) { td.appendChild(document.createTextNode(' ')); td.appendChild(cell('span', 'provisional', null, 'provisional-mark')); }
    if (!r[F.draft] && r[F.provisional] & 2) { td.appendChild(document.createTextNode(' ')); td.appendChild(cell('span', ${JSON.stringify(IN_PROGRESS)}, null, 'in-progress')); }
    tr.appendChild(td);
    // A draft has no score: it is not scored until it is checked.
    tr.appendChild(cell('td', r[F.draft] ? '—' : r[F.score] < 0 ? ${JSON.stringify(NOT_ENOUGH_TO_SCORE)} : String(r[F.score]), 'Score', 'num'));
    tr.appendChild(cell('td', r[F.draft] ? '—' : r[F.described] + '%', 'Described', 'num'));
    tr.appendChild(termCell(r[F.claimed], 'Calls itself'));
    tr.appendChild(termCell(r[F.supported], 'Evidence supports'));
    var placeCell = cell('td', r[F.place], 'Place');
    // The council area and nation under the place, where the place as written does not say them.
    var placed = [r[F.council], r[F.nation] === 'elsewhere' ? 'Outside the UK' : r[F.nation] === '-' ? '' : r[F.nation]]
      .filter(function (w) { return w && r[F.place].toLowerCase().indexOf(w.toLowerCase()) < 0; }).join(', ');
    if (placed) placeCell.appendChild(cell('span', placed, null, 'org'));
    tr.appendChild(placeCell);
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

  function plural(n) { return n === 1 ? '1 project' : n + ' projects'; }
  function show() {
    var fragment = document.createDocumentFragment();
    var shown = Math.min(limit, matching.length);
    for (var i = 0; i < shown; i++) fragment.appendChild(rowElement(rows[matching[i]]));
    body.textContent = '';
    body.appendChild(fragment);
    var total = plural(rows.length);
    status.textContent = matching.length === rows.length
      ? 'Showing all ' + total + (shown < matching.length ? ' (the first ' + shown + ' below)' : '') + '.'
      : matching.length + ' of ' + total + ' match' + (shown < matching.length ? ' (the first ' + shown + ' below)' : '') + '.';
    if (matching.length === 0) explainNothing();
    more.hidden = shown >= matching.length;
  }

  // Every filter, with how a row passes it; the search is one too.
  var wanted = [];
  var FILTERS = [
    { el: search, label: 'Search', test: function (r) { return wanted.every(function (found) { return r[F.words].some(function (n) { return found[n]; }); }); } },
    { el: klass, label: 'Class', test: function (r, v) { return r[F.klass] === v; } },
    { el: supported, label: 'Evidence supports', test: function (r, v) { return r[F.supported] === v; } },
    { el: claimed, label: 'Calls itself', test: function (r, v) { return r[F.claimed] === v; } },
    { el: nation, label: 'Nation', test: function (r, v) { return r[F.nation] === v; } },
    { el: council, label: 'Council area', test: function (r, v) { return r[F.council] === v; } },
    { el: place, label: 'Place', test: function (r, v) { return r[F.place] === v; } },
    { el: year, label: 'Year', test: function (r, v) { return String(r[F.year]) === v; } },
    { el: tag, label: 'Tag', test: function (r, v) { return r[F.tags].indexOf(v) >= 0; } }
  ];
  function active() { return FILTERS.filter(function (f) { return f.el.value.trim() !== ''; }); }
  function passes(r, filters) { return filters.every(function (f) { return f.test(r, f.el.value); }); }
  function count(filters) { return rows.filter(function (r) { return passes(r, filters); }).length; }
  function named(f) {
    var text = f.el.tagName === 'SELECT' ? f.el.options[f.el.selectedIndex].text : f.el.value.trim();
    return f.label + ' “' + text + '”';
  }

  // Nothing matches: say what each filter finds alone, and offer the nearest choice that finds something.
  function explainNothing() {
    var on = active();
    if (on.length === 0) return;
    var alone = on.map(function (f) { return named(f) + ': ' + plural(count([f])); });
    status.textContent = on.length > 1
      ? 'No project matches all of these together. On its own, ' + alone.join('; ') + '.'
      : on[0].el === search
        ? 'No project’s name, organisation or summary holds “' + search.value.trim() + '”.'
        : 'No project matches ' + named(on[0]) + '.';
    var offer = nearest(on);
    if (!offer) return;
    status.appendChild(document.createTextNode(' '));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nearest';
    button.textContent = offer.text + ' (' + plural(offer.count) + ')';
    button.addEventListener('click', function () { offer.apply(); update(); });
    status.appendChild(button);
  }

  function nearest(on) {
    // A place written as a town is one nation's: the nation is the nearer filter than none.
    if (place.value && !nation.value) {
      var nations = {};
      rows.forEach(function (r) { if (r[F.place] === place.value) nations[r[F.nation]] = true; });
      var only = Object.keys(nations);
      var option = only.length === 1 && Array.prototype.find.call(nation.options, function (o) { return o.value === only[0] && o.value !== '-'; });
      if (option) {
        var others = on.filter(function (f) { return f.el !== place; });
        var n = rows.filter(function (r) { return r[F.nation] === option.value && passes(r, others); }).length;
        if (n > 0) return { text: 'Show Nation “' + option.text + '” in place of Place “' + place.value + '”', count: n,
          apply: function () { place.value = ''; nation.value = option.value; } };
      }
    }
    // With one filter, one fewer is every project: "Clear filters" says that already.
    var best = null;
    if (on.length < 2) return best;
    on.forEach(function (f) {
      var n = count(on.filter(function (g) { return g !== f; }));
      if (n > 0 && (!best || n < best.count)) best = { text: 'Show them without ' + named(f), count: n, apply: function () { f.el.value = ''; } };
    });
    return best;
  }

  var current = null;
  function update() {
    var asked = search.value.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
    var want = FILTERS.map(function (f) { return f.el.value; });
    // The search box's change event (when it loses focus, as a result is clicked) must not
    // rebuild the same rows under the pointer: the click would be lost.
    var state = JSON.stringify([asked, want, sort.value]);
    if (state === current) return;
    current = state;
    var by = SORTS[sort.value] || SORTS.name;
    // For each word asked, the words of the list that hold it; a row matches when it has one of each.
    wanted = asked.map(function (part) {
      var found = {};
      vocabulary.forEach(function (word, n) { if (word.indexOf(part) >= 0) found[n] = true; });
      return found;
    });
    var on = active();
    matching = order.filter(function (i) { return passes(rows[i], on); })
      .sort(function (a, b) { return by(a, b) || SORTS.name(a, b) || a - b; });
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
