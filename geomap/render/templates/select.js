/* geomap selection: which incidents pass the date range and the filters, and
 * everything counted from them, in one pass (GM.computeMask):
 *   GM.mask (a byte per incident), GM.matchCount, GM.actorCounts, per event
 *   type and country (GM.typeCounts, GM.countryCounts), the incidents passing
 *   and shown per spot (GM.spotMatched, GM.spotShown: the canvas, labels, fit
 *   and table read spots, not rows),
 *   GM.shownCount, and per day the incidents passing every filter but the
 *   date range (GM.dayCounts, the timeline).
 * The pass visits only candidate rows: those of the most selective filter,
 * from indexes built on first use (rows per event type, country, reviewed
 * mark and day), so a narrow filter costs its matches, not a million rows. */
(function () {
  'use strict';
  var GM = window.geomap;
  var NONE = GM.NONE;

  GM.filter = { types: null, country: null, fmin: null, fmax: null, reviewed: null, query: '' };
  // Columns the search reads through the string table (notes are read from their block).
  var SEARCHED = ['loc', 'adm', 'cc', 'a2', 'tt', 'st', 'art'];

  /** Small codes per row for a string column: ``{codes, values}`` (values: string indexes). */
  function coded(column, size) {
    var slot = new Int32Array(size + 1).fill(-1), codes = new Uint16Array(column.length), values = [];
    for (var i = 0; i < column.length; i++) {
      var v = column[i] + 1, k = slot[v];  // -1 (missing) uses slot 0
      if (k < 0) { k = slot[v] = values.length; values.push(column[i]); }
      codes[i] = k;
    }
    return { codes: codes, values: values };
  }
  /** Rows grouped by a small code: rows[start[c]..start[c+1]) have code c, in row order. */
  function grouped(codes, k) {
    var n = codes.length, start = new Int32Array(k + 1), rows = new Int32Array(n), i;
    for (i = 0; i < n; i++) start[codes[i] + 1]++;
    for (i = 0; i < k; i++) start[i + 1] += start[i];
    var fill = start.slice(0, k);
    for (i = 0; i < n; i++) rows[fill[codes[i]]++] = i;
    return { start: start, rows: rows };
  }
  var indexes = {};
  /** The index ``name`` (type, country, reviewed, day, spot), built once per data block. */
  GM.index = function (name) {
    if (indexes[name]) return indexes[name];
    var D = GM.data, I = D.i, n = I.n, codes, k;
    if (name === 'type') { codes = GM.types.codes; k = GM.types.values.length; }
    else if (name === 'country') { codes = GM.countries.codes; k = GM.countries.values.length; }
    else if (name === 'spot') { codes = I.sp; k = D.spots.lat.length; }
    else if (name === 'reviewed') {
      codes = new Uint8Array(n);
      for (var i = 0; i < n; i++) codes[i] = I.rv[i] === 1 ? 1 : 0;
      k = 2;
    } else {  // day: days since dmin, the undated last
      var span = D.dmin === null ? 0 : D.dmax - D.dmin + 1;
      codes = new Int32Array(n);
      for (i = 0; i < n; i++) codes[i] = I.d[i] === NONE ? span : I.d[i] - D.dmin;
      k = span + 1;
    }
    indexes[name] = grouped(codes, k);
    return indexes[name];
  };

  /** Ready a new data block: codes for event types and countries, no index yet. */
  GM.prepareSelection = function () {
    var D = GM.data;
    indexes = {};
    search = {};
    lower = colBits = lastFilter = GM.allDays = GM.dayCounts = null;
    GM.types = coded(D.i.et, D.s.length);
    GM.countries = coded(D.i.cc, D.s.length);
  };

  /* ---- search ----------------------------------------------------- */
  var search = {}, lower = null, colBits = null, lastFilter = null;
  /** The string table lower-cased once (built while the page is idle after loading). */
  function lowered() {
    if (!lower) lower = GM.data.s.map(function (t) { return t.toLowerCase(); });
    return lower;
  }
  // While the page is idle after the first frame: the lower-cased strings, the
  // columns each string is in, and every index, one step per idle slot, so the
  // first filter or search a user makes finds them built.
  GM.on('ready', function () {
    var idle = window.requestIdleCallback || setTimeout;
    var steps = [lowered, columnsOf, 'type', 'country', 'reviewed', 'day', 'spot'];
    (function next() {
      var step = steps.shift();
      if (!step) { GM.mark('indexed'); return; }
      if (typeof step === 'string') GM.index(step); else step();
      idle(next);
    })();
  });

  /** Per string, a bit for each searched column it appears in: a search reads only
   *  the columns its matching strings are in. */
  function columnsOf() {
    if (colBits) return colBits;
    var D = GM.data, I = D.i, bits = new Uint8Array(D.s.length);
    SEARCHED.forEach(function (key, c) {
      var col = I[key];
      if (col) for (var i = 0; i < col.length; i++) if (col[i] >= 0) bits[col[i]] |= 1 << c;
    });
    return (colBits = bits);
  }
  /** Rows matching the query in places, actors, titles, articles or notes: ``{hit, rows}``.
   *  The notes' rows come from GM.searchNotes; until known, the rest match alone. */
  function hits(query) {
    var notes = GM.noteRows(query), key = query + (notes ? '\u0001' : '');
    if (search.key === key) return search;
    var D = GM.data, I = D.i, n = I.n, low = lowered(), bits = columnsOf(), used = 0, k, i;
    var strings = new Uint8Array(low.length), actors = new Uint8Array(D.actors.length), anyActor = false;
    for (k = 0; k < low.length; k++) if (low[k].indexOf(query) >= 0) strings[k] = 1;
    for (k = 0; k < D.actors.length; k++) {
      if (D.actors[k].toLowerCase().indexOf(query) >= 0) actors[k] = 1, anyActor = true;
    }
    if (D.arts) {  // a title that matches makes its article's rows match
      for (k = 0; k < D.arts.art.length; k++) if (strings[D.arts.tt[k]] === 1) strings[D.arts.art[k]] = 1;
    }
    for (k = 0; k < low.length; k++) if (strings[k]) used |= bits[k];
    var cols = SEARCHED.filter(function (c, j) { return I[c] && used & (1 << j); })
      .map(function (c) { return I[c]; });
    var hit = new Uint8Array(n), count = 0, a1 = I.a1;
    if (notes) for (k = 0; k < notes.length; k++) hit[notes[k]] = 1;
    if (cols.length || anyActor) {
      for (i = 0; i < n; i++) {
        if (hit[i]) continue;
        var any = actors[a1[i]] === 1;
        for (var c = 0; c < cols.length && !any; c++) any = strings[cols[c][i]] === 1;
        if (any) hit[i] = 1;
      }
    }
    for (i = 0; i < n; i++) count += hit[i];
    var rows = new Int32Array(count);
    for (i = 0, k = 0; i < n; i++) if (hit[i]) rows[k++] = i;
    search = { key: key, hit: hit, rows: rows };
    if (!notes) {
      GM.searchNotes(query).then(function () {
        if (GM.filter.query.trim().toLowerCase() === query) GM.refresh();
      });
    }
    return search;
  }

  /* ---- the pass ---------------------------------------------------- */
  /** Candidate row lists for the active filters (each a list of [rows, from, to] slices), the smallest. */
  function candidates(f, typeOk, found) {
    var options = [];
    if (typeOk) {
      var t = GM.index('type'), slices = [], size = 0;
      for (var c = 0; c < typeOk.length; c++) {
        if (typeOk[c]) { slices.push([t.rows, t.start[c], t.start[c + 1]]); size += t.start[c + 1] - t.start[c]; }
      }
      options.push([size, slices]);
    }
    if (f.country !== null) {
      var code = GM.countries.values.indexOf(f.country), x = GM.index('country');
      options.push(code < 0 ? [0, []] : [x.start[code + 1] - x.start[code], [[x.rows, x.start[code], x.start[code + 1]]]]);
    }
    if (f.reviewed !== null) {
      var r = GM.index('reviewed'), v = f.reviewed ? 1 : 0;
      options.push([r.start[v + 1] - r.start[v], [[r.rows, r.start[v], r.start[v + 1]]]]);
    }
    if (found) options.push([found.rows.length, [[found.rows, 0, found.rows.length]]]);
    options.sort(function (a, b) { return a[0] - b[0]; });
    return options.length ? options[0][1] : null;
  }
  /** Date-range slices of the day index (with the undated when wanted), or null for all rows. */
  function dateSlices(r) {
    var D = GM.data;
    if (r.from === null && r.to === null && r.undated) return null;
    var x = GM.index('day'), span = D.dmin === null ? 0 : D.dmax - D.dmin + 1;
    var lo = Math.max(0, Math.min(span, r.from === null ? 0 : r.from - D.dmin));
    var hi = Math.max(0, Math.min(span, r.to === null ? span : r.to - D.dmin + 1));
    var out = hi > lo ? [[x.rows, x.start[lo], x.start[hi]]] : [];
    if (r.undated) out.push([x.rows, x.start[span], x.start[span + 1]]);
    return out;
  }

  /** Recompute the mask and every count from it (see the module doc). */
  GM.computeMask = function () {
    var D = GM.data, I = D.i, n = I.n, f = GM.filter, r = GM.range, on = GM.actorOn;
    var q = f.query.trim().toLowerCase(), found = q ? hits(q) : null;
    var typeOk = null;
    if (f.types !== null) {
      typeOk = new Uint8Array(GM.types.values.length);
      GM.types.values.forEach(function (v, c) { typeOk[c] = f.types.has(v) ? 1 : 0; });
    }
    var tolls = f.fmin !== null || f.fmax !== null;
    var fmin = f.fmin === null ? -Infinity : f.fmin, fmax = f.fmax === null ? Infinity : f.fmax;
    var country = f.country, reviewed = f.reviewed === null ? -1 : f.reviewed ? 1 : 0;
    var filtered = typeOk !== null || country !== null || tolls || reviewed >= 0 || found !== null;
    var key = JSON.stringify([typeOk && Array.from(typeOk), country, f.fmin, f.fmax, f.reviewed,
                              found && found.key]);
    var histogram = key !== lastFilter || !GM.dayCounts;
    lastFilter = key;
    var from = r.from === null ? -Infinity : r.from, to = r.to === null ? Infinity : r.to;
    var dmin = D.dmin, days = histogram ? new Uint32Array(dmin === null ? 0 : D.dmax - dmin + 1) : GM.dayCounts;

    var mask = GM.mask && GM.mask.length === n ? GM.mask.fill(0) : new Uint8Array(n);
    var actorCounts = new Uint32Array(D.actors.length), types = new Uint32Array(GM.types.values.length);
    var countries = new Uint32Array(GM.countries.values.length);
    var ns = D.spots.lat.length;
    var spotShown = GM.spotShown && GM.spotShown.length === ns ? GM.spotShown.fill(0) : new Uint32Array(ns);
    var spotMatched = GM.spotMatched && GM.spotMatched.length === ns ? GM.spotMatched.fill(0) : new Uint32Array(ns);
    var a1 = I.a1, sp = I.sp, d = I.d, et = GM.types.codes, cc = GM.countries.codes, ccRaw = I.cc;
    var fat = I.f, rv = I.rv, hit = found && found.hit, matched = 0, shown = 0;

    function take(i) {
      mask[i] = 1;
      matched++;
      var a = a1[i];
      actorCounts[a]++;
      types[et[i]]++;
      countries[cc[i]]++;
      spotMatched[sp[i]]++;
      if (on[a] === 1) { spotShown[sp[i]]++; shown++; }
    }
    function visit(i) {  // every filter but the date range, then the range
      if (typeOk !== null && typeOk[et[i]] === 0) return;
      if (country !== null && ccRaw[i] !== country) return;
      if (tolls) { var toll = fat[i]; if (toll === NONE || toll < fmin || toll > fmax) return; }
      if (reviewed >= 0 && (rv[i] === 1 ? 1 : 0) !== reviewed) return;
      if (hit !== null && hit[i] === 0) return;
      var day = d[i];
      if (day !== NONE) {
        if (histogram) days[day - dmin]++;
        if (day >= from && day <= to) take(i);
      } else if (r.undated) take(i);
    }
    function each(slices, fn) {
      for (var k = 0; k < slices.length; k++) {
        var rows = slices[k][0];
        for (var j = slices[k][1]; j < slices[k][2]; j++) fn(rows[j]);
      }
    }
    var i;
    if (filtered) {
      var some = candidates(f, typeOk, found);
      if (some) each(some, visit); else for (i = 0; i < n; i++) visit(i);
    } else {
      if (histogram) days = GM.allDays || (GM.allDays = dayTotals());
      var slices = dateSlices(r);
      if (slices) each(slices, take); else for (i = 0; i < n; i++) take(i);
    }
    GM.mask = mask;
    GM.matchCount = matched;
    GM.actorCounts = actorCounts;
    GM.typeCounts = types;
    GM.countryCounts = countries;
    GM.spotShown = spotShown;
    GM.spotMatched = spotMatched;
    GM.shownCount = shown;
    GM.dayCounts = days;
    return mask;
  };
  /** Incidents per day over every dated row (the timeline with no filter). */
  function dayTotals() {
    var D = GM.data, I = D.i, days = new Uint32Array(D.dmin === null ? 0 : D.dmax - D.dmin + 1);
    for (var i = 0; i < I.n; i++) if (I.d[i] !== NONE) days[I.d[i] - D.dmin]++;
    return days;
  }

  /** Change some filters (keys of GM.filter) and redraw once the search (if any) has
   *  its notes; resolves then.  A newer search in the meantime redraws instead. */
  GM.setFilter = function (changes) {
    L.extend(GM.filter, changes);
    var q = GM.filter.query.trim().toLowerCase();
    return (q ? GM.searchNotes(q) : Promise.resolve()).then(function () {
      if (GM.filter.query.trim().toLowerCase() !== q) return;
      GM.refresh();
      GM.fire('filter', { filter: GM.filter });
    });
  };
  GM.matching = function () { return GM.matchCount; };
})();
