// The HTML report's one script, inline and allowed by its hash in the page's Content-Security-
// Policy. It only adds comfort to the index: sorting by any column, filtering by words or class.
// Without it the page shows everything, in the order copro scored it.
export const HTML_SCRIPT = `
(function () {
  var table = document.getElementById('projects');
  var controls = document.getElementById('controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById('search');
  var klass = document.getElementById('class-filter');
  var shown = document.getElementById('shown');
  var gallery = document.getElementById('cards');
  controls.hidden = false;

  function card(row) { return document.getElementById('card-' + row.getAttribute('data-project')); }

  function filter() {
    var words = search.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var wanted = klass.value;
    var count = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = (!wanted || row.getAttribute('data-class') === wanted) &&
        words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !match;
      var c = card(row);
      if (c) c.hidden = !match;
      if (match) count++;
    });
    shown.textContent = 'Showing ' + count + ' of ' + rows.length + (rows.length === 1 ? ' project' : ' projects');
  }

  function key(row, column, numeric) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-value');
    if (value === null) value = cell.textContent.trim();
    return numeric ? parseFloat(value) : value.toLowerCase();
  }

  function sortBy(th, column) {
    var numeric = th.getAttribute('data-type') === 'number';
    var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', direction);
    var sign = direction === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = key(a, column, numeric), y = key(b, column, numeric);
      var order = numeric ? x - y : x.localeCompare(y);
      return order * sign || a.getAttribute('data-project') - b.getAttribute('data-project');
    });
    rows.forEach(function (row) {
      body.appendChild(row);
      var c = card(row);
      if (c && gallery) gallery.appendChild(c);
    });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () { sortBy(th, column); });
  });
  search.addEventListener('input', filter);
  klass.addEventListener('change', filter);
  filter();
})();
`;
