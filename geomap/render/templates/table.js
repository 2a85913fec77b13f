/* geomap table: the incidents in view that pass the filters, sortable; a row
 * click flies to its incident.  "Download CSV" saves every incident that
 * passes the filters (in view or not) as the frame's columns, built in the
 * page, so it needs no network.  Cells go into the DOM as textContent. */
(function () {
  'use strict';
  var GM = window.geomap, el = GM.el;
  var MAX_ROWS = 200, MAX_SORTED = 50000;

  function isoDay(I, i) { var d = GM.day(i); return d === null ? '' : GM.isoDay(d); }
  function column(key) { return function (I, i) { return GM.str(I[key][i]); }; }
  // [header, value of row i] for the table; the CSV has the frame's columns.
  var COLUMNS = [
    ['Date', isoDay],
    ['Event type', column('et')],
    ['Actor 1', function (I, i) { return GM.data.actors[I.a1[i]]; }],
    ['Actor 2', column('a2')],
    ['Place', column('loc')],
    ['Country', column('cc')],
    ['Deaths', function (I, i) { return GM.toll(i); }]
  ];
  // [header, value of row i, is text a spreadsheet could run]
  var CSV = [
    ['incident_id', function (I, i) { return GM.text('id', i); }, true],
    ['event_date', isoDay, true],
    ['date_precision', function (I, i) { return I.dp[i]; }],
    ['event_type', column('et'), true], ['sub_event_type', column('st'), true],
    ['actor1', COLUMNS[2][1], true], ['actor2', column('a2'), true],
    ['location', column('loc'), true], ['admin1', column('adm'), true], ['country', column('cc'), true],
    ['latitude', function (I, i) { return GM.lat(i); }], ['longitude', function (I, i) { return GM.lon(i); }],
    ['geo_precision', function (I, i) { return I.gp[i]; }], ['fatalities', COLUMNS[6][1]],
    ['notes', function (I, i) { return GM.text('nt', i); }, true], ['article', column('art'), true],
    ['source_title', function (I, i) { return GM.title(i); }, true],
    ['source_url', function (I, i) { return GM.url(i); }, true],
    ['reviewed', function (I, i) { return I.rv[i] ? 'true' : 'false'; }]
  ];

  /** One CSV cell: RFC 4180 quoting; text that a spreadsheet would run as a formula is
   *  prefixed with an apostrophe (OWASP CSV injection). */
  function cell(value, text) {
    if (value === null || value === undefined) return '';
    var s = String(value);
    if (text && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  /** The filtered set as CSV text (every incident passing the filters and date range). */
  GM.filteredCsv = function () {
    var I = GM.data.i, m = GM.mask, lines = [CSV.map(function (c) { return c[0]; }).join(',')];
    for (var i = 0; i < m.length; i++) {
      if (!m[i]) continue;
      lines.push(CSV.map(function (c) { return cell(c[1](I, i), c[2] === true); }).join(','));
    }
    return lines.join('\r\n') + '\r\n';
  };

  /** Rows (incident indexes) in view and passing the filters, sorted by ``sort``:
   *  ``{rows, total}``.  Over MAX_SORTED in view, only the first MAX_ROWS in data
   *  order are gathered (the count comes from GM.spotMatched), so a table left
   *  open costs a pan little even at world zoom. */
  GM.rowsInView = function (sort) {
    var I = GM.data.i, S = GM.data.spots, m = GM.mask, b = GM.map.getBounds(), rows = [];
    var s = b.getSouth(), n = b.getNorth(), w = b.getWest(), e = b.getEast(), x = GM.index('spot');
    var inView = new Uint8Array(S.lat.length), total = 0, k, j;
    for (k = 0; k < S.lat.length; k++) {
      var lat = S.lat[k], lon = S.lon[k];
      if (lat < s || lat > n || !GM.spotMatched[k]) continue;
      if (e - w < 360 && !((lon >= w && lon <= e) || (lon + 360 >= w && lon + 360 <= e) ||
                          (lon - 360 >= w && lon - 360 <= e))) continue;
      inView[k] = 1;
      total += GM.spotMatched[k];
    }
    if (total > MAX_SORTED) {
      for (j = 0; j < m.length && rows.length < MAX_ROWS; j++) if (m[j] && inView[I.sp[j]]) rows.push(j);
      return { rows: rows, total: total };
    }
    for (k = 0; k < inView.length; k++) {
      if (inView[k]) for (j = x.start[k]; j < x.start[k + 1]; j++) if (m[x.rows[j]]) rows.push(x.rows[j]);
    }
    rows.sort(function (p, q) { return p - q; });
    if (sort) {
      var get = COLUMNS[sort.column][1], dir = sort.desc ? -1 : 1;
      var keys = new Map(rows.map(function (i) { return [i, get(I, i)]; }));
      rows.sort(function (a, b) {
        var x = keys.get(a), y = keys.get(b);
        if (x === y) return a - b;
        if (x === null || x === '') return 1;
        if (y === null || y === '') return -1;
        return (x < y ? -1 : 1) * dir;
      });
    }
    return { rows: rows, total: total };
  };

  GM.tablePanel = function (box) {
    var details = box.querySelector('details'), summary = box.querySelector('summary');
    var table = box.querySelector('table'), head = el('thead'), body = el('tbody');
    var note = box.querySelector('.gm-table-note'), sort = { column: 0, desc: true }, shown = [];
    var tr = el('tr');
    COLUMNS.forEach(function (c, k) {
      var th = el('th', null, c[0]);
      th.addEventListener('click', function () {
        sort = { column: k, desc: sort.column === k ? !sort.desc : k === 0 || k === 6 };
        draw();
      });
      tr.appendChild(th);
    });
    head.appendChild(tr);
    table.appendChild(head);
    table.appendChild(body);
    function draw() {
      if (!details.open) { summary.textContent = 'Table of the incidents in view'; return; }
      var found = GM.rowsInView(sort), rows = found.rows, total = found.total, I = GM.data.i;
      summary.textContent = 'Table: ' + total.toLocaleString('en') + ' incidents in view';
      head.querySelectorAll('th').forEach(function (th, k) {
        th.className = k === sort.column ? (sort.desc ? 'gm-desc' : 'gm-asc') : '';
      });
      body.textContent = '';
      shown = rows.slice(0, MAX_ROWS);
      shown.forEach(function (i) {
        var row = el('tr');
        row.dataset.row = String(i);
        COLUMNS.forEach(function (c) { row.appendChild(el('td', null, c[1](I, i))); });
        body.appendChild(row);
      });
      note.textContent = total > MAX_SORTED ? 'Over 50,000 in view: zoom in to sort. '
        : total > MAX_ROWS ? 'First ' + MAX_ROWS + ' rows shown; the CSV has them all. ' : '';
    }
    body.addEventListener('click', function (e) {
      var row = e.target.closest('tr');
      if (!row) return;
      var i = Number(row.dataset.row);
      GM.map.flyTo([GM.lat(i), GM.lon(i)], Math.max(GM.map.getZoom(), 10), { duration: 0.5 });
      GM.map.once('moveend', function () { GM.openIncident(i); });
    });
    box.querySelector('button').addEventListener('click', function () {
      GM.loadTexts().then(download);
    });
    function download() {
      var url = URL.createObjectURL(new Blob([GM.filteredCsv()], { type: 'text/csv;charset=utf-8' }));
      var a = el('a');
      a.href = url;
      a.download = 'incidents-filtered.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }
    details.addEventListener('toggle', draw);
    GM.on('change', draw);
    GM.on('ready', function () { GM.map.on('moveend', draw); });
  };
})();
