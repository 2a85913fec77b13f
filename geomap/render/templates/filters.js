/* geomap filter panel: event type, country, fatalities range, reviewed or not,
 * and a search over places, actors and notes (typing is debounced).  They
 * combine with the date range in select.js, so layers, counts, the table, CSV
 * and timeline all read the same answer; the panel shows its counts. */
(function () {
  'use strict';
  var GM = window.geomap, el = GM.el;

  /** Incidents in the mask per value of ``codes`` (GM.types or GM.countries), as {string index: count}. */
  function countBy(codes, counts) {
    var out = {};
    codes.values.forEach(function (v, k) { out[v] = counts[k]; });
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
      GM.types.values.slice().sort(function (a, b) {
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
      GM.countries.values.filter(function (k) { return k >= 0; }).sort(function (a, b) {
        return GM.str(a).localeCompare(GM.str(b));
      }).forEach(function (k) {
        countryNames[k] = option(String(k), GM.str(k));
        country.appendChild(countryNames[k]);
      });
    });
    GM.on('change', function () {
      var n = GM.data.i.n, byType = countBy(GM.types, GM.typeCounts);
      var byCountry = countBy(GM.countries, GM.countryCounts);
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
