/* geomap filters: event type, country, fatalities range, reviewed or not, and
 * a search over places, actors and notes.  They combine with the date range
 * into one mask (GM.mask, one byte per incident) computed in a single pass, so
 * layers, counts, the table, CSV and timeline all read the same answer. */
(function () {
  'use strict';
  var GM = window.geomap, el = GM.el;

  GM.filter = { types: null, country: null, fmin: null, fmax: null, reviewed: null, query: '' };
  var search = { query: null, strings: null, actors: null }, lower = null;

  /** Which strings (and actor names) contain the query, case-insensitively. */
  function hits(query) {
    if (search.query === query) return search;
    var D = GM.data, strings = new Uint8Array(D.s.length), actors = new Uint8Array(D.actors.length);
    lowered();
    for (var k = 0; k < lower.length; k++) if (lower[k].indexOf(query) >= 0) strings[k] = 1;
    for (k = 0; k < D.actors.length; k++) if (D.actors[k].toLowerCase().indexOf(query) >= 0) actors[k] = 1;
    search = { query: query, strings: strings, actors: actors };
    return search;
  }
  /** The string table lower-cased once (built while the page is idle after loading). */
  function lowered() {
    var D = GM.data;
    if (!lower || lower.length !== D.s.length) lower = D.s.map(function (t) { return t.toLowerCase(); });
    return lower;
  }
  GM.on('ready', function () { (window.requestIdleCallback || setTimeout)(lowered); });
  var SEARCHED = ['loc', 'adm', 'cc', 'a2', 'nt', 'tt', 'st', 'art'];

  /** One byte per incident: 1 when it passes every filter (and the date range unless ``anyDate``). */
  GM.computeMask = function (anyDate) {
    var I = GM.data.i, n = I.lat.length, mask = new Uint8Array(n), r = GM.range, f = GM.filter;
    var q = f.query.trim().toLowerCase(), found = q ? hits(q) : null;
    var cols = SEARCHED.map(function (k) { return I[k]; }), tolls = f.fmin !== null || f.fmax !== null;
    for (var i = 0; i < n; i++) {
      var d = I.d[i];
      if (!anyDate && (d === null ? !r.undated
        : (r.from !== null && d < r.from) || (r.to !== null && d > r.to))) continue;
      if (f.types !== null && !f.types.has(I.et[i])) continue;
      if (f.country !== null && I.cc[i] !== f.country) continue;
      if (tolls) {
        var toll = I.f[i];
        if (toll === null || (f.fmin !== null && toll < f.fmin) || (f.fmax !== null && toll > f.fmax)) continue;
      }
      if (f.reviewed !== null && (I.rv[i] === 1) !== f.reviewed) continue;
      if (found !== null && !found.actors[I.a1[i]]) {
        var any = false;
        for (var c = 0; c < cols.length && !any; c++) any = cols[c][i] >= 0 && found.strings[cols[c][i]] === 1;
        if (!any) continue;
      }
      mask[i] = 1;
    }
    return mask;
  };

  /** Change some filters (keys of GM.filter) and redraw. */
  GM.setFilter = function (changes) {
    L.extend(GM.filter, changes);
    GM.refresh();
    GM.fire('filter', { filter: GM.filter });
  };

  GM.matching = function () {
    var m = GM.mask, n = 0;
    for (var i = 0; i < m.length; i++) n += m[i];
    return n;
  };

  /** Small codes per row for a string column (once per data block), for fast counting. */
  function coded(column) {
    var slot = new Map(), codes = new Uint32Array(column.length), values = [];
    for (var i = 0; i < column.length; i++) {
      var k = slot.get(column[i]);
      if (k === undefined) { k = values.length; slot.set(column[i], k); values.push(column[i]); }
      codes[i] = k;
    }
    return { codes: codes, values: values };
  }
  /** Incidents in the mask per value, as {string index: count}. */
  function countBy(col) {
    var m = GM.mask, counts = new Uint32Array(col.values.length), out = {}, codes = col.codes;
    for (var i = 0; i < m.length; i++) if (m[i]) counts[codes[i]]++;
    col.values.forEach(function (v, k) { out[v] = counts[k]; });
    return out;
  }

  function option(value, text) {
    var o = el('option', null, text);
    o.value = value;
    return o;
  }
  function numberOrNull(input) {
    var v = input.value.trim();
    return v === '' || isNaN(Number(v)) ? null : Math.max(0, Math.floor(Number(v)));
  }

  /** Wire the filter panel built by geomap.render.analysis.FilterPanel. */
  GM.filterPanel = function (box) {
    var q = box.querySelector('[name=q]'), types = box.querySelector('.gm-types');
    var country = box.querySelector('[name=country]'), reviewed = box.querySelector('[name=reviewed]');
    var fmin = box.querySelector('[name=fmin]'), fmax = box.querySelector('[name=fmax]');
    var match = box.querySelector('.gm-match'), boxes = {}, labels = {}, countryNames = {};
    var typeCodes = null, countryCodes = null;
    var timer = null;

    function apply() {
      var chosen = new Set(), all = true;
      Object.keys(boxes).forEach(function (k) {
        if (boxes[k].checked) chosen.add(Number(k)); else all = false;
      });
      GM.setFilter({
        types: all ? null : chosen,
        country: country.value === '' ? null : Number(country.value),
        fmin: numberOrNull(fmin), fmax: numberOrNull(fmax),
        reviewed: reviewed.value === '' ? null : reviewed.value === '1',
        query: q.value
      });
    }
    GM.on('data', function () {
      var I = GM.data.i;
      typeCodes = coded(I.et);
      countryCodes = coded(I.cc);
      typeCodes.values.slice().sort(function (a, b) {
        return GM.str(a).localeCompare(GM.str(b));
      }).forEach(function (k) {
        var row = el('label', 'gm-type'), input = el('input'), swatch = el('span', 'gm-swatch');
        input.type = 'checkbox';
        input.checked = true;
        input.value = String(k);
        swatch.style.background = GM.colour(GM.str(k));
        labels[k] = el('span', 'gm-count');
        row.appendChild(input);
        row.appendChild(swatch);
        row.appendChild(el('span', null, GM.str(k) || 'Unknown event type'));
        row.appendChild(labels[k]);
        types.appendChild(row);
        boxes[k] = input;
        input.addEventListener('change', apply);
      });
      countryCodes.values.filter(function (k) { return k >= 0; }).sort(function (a, b) {
        return GM.str(a).localeCompare(GM.str(b));
      }).forEach(function (k) {
        countryNames[k] = option(String(k), GM.str(k));
        country.appendChild(countryNames[k]);
      });
    });
    GM.on('change', function () {
      var n = GM.data.i.lat.length, byType = countBy(typeCodes), byCountry = countBy(countryCodes);
      match.textContent = GM.matching().toLocaleString('en') + ' of ' + n.toLocaleString('en') +
        ' incidents match';
      Object.keys(labels).forEach(function (k) { labels[k].textContent = ' (' + (byType[k] || 0) + ')'; });
      Object.keys(countryNames).forEach(function (k) {
        countryNames[k].textContent = GM.str(Number(k)) + ' (' + (byCountry[k] || 0) + ')';
      });
    });
    [country, reviewed, fmin, fmax].forEach(function (input) { input.addEventListener('change', apply); });
    q.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 150);
    });
    box.querySelector('button').addEventListener('click', function () {
      q.value = fmin.value = fmax.value = country.value = reviewed.value = '';
      Object.keys(boxes).forEach(function (k) { boxes[k].checked = true; });
      apply();
    });
  };
})();
