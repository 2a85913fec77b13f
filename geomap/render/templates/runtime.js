/* geomap map runtime: decodes the one data block, keeps the per-actor layers,
 * the date range and the filters in one mask (GM.mask), counts what is shown
 * and exposes window.geomap for controls and tests.  The incidents themselves
 * are drawn by incidents.js on one canvas.  Article text only ever reaches the
 * DOM through textContent (see el()). */
(function () {
  'use strict';
  var GM = window.geomap = window.geomap || {};
  var DAY_MS = 86400000;
  var bus = new (L.Evented.extend({}))();
  var D = null;  // decoded data block
  var opts = {};

  GM.mark = function (name) { if (window.performance && performance.mark) performance.mark('geomap:' + name); };
  GM.ready = false;
  window.__geomapReady = false;
  GM.on = function (type, fn) { bus.on(type, fn); return GM; };
  GM.fire = function (type, data) { bus.fire(type, data); return GM; };

  /* ---- helpers ---------------------------------------------------- */
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  GM.el = el;
  function str(k) { return k === null || k === undefined || k < 0 ? '' : D.s[k]; }
  GM.str = str;
  GM.isoDay = function (d) {
    return d === null || d === undefined ? '' : new Date(d * DAY_MS).toISOString().slice(0, 10);
  };
  /** Whole days since 1970 of a strict YYYY-MM-DD date (null when empty or not a real date). */
  GM.parseDay = function (iso) {
    iso = (iso || '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
    var t = Date.parse(iso + 'T00:00:00Z');
    if (isNaN(t)) return null;
    var day = Math.round(t / DAY_MS);
    return GM.isoDay(day) === iso ? day : null;
  };
  GM.colour = function (eventType) {
    return opts.eventColours[eventType] || opts.otherColour;
  };
  /** The map pane ``name`` (created once at ``zIndex``, letting clicks through to the map). */
  GM.pane = function (map, name, zIndex) {
    var pane = map.getPane(name);
    if (!pane) {
      pane = map.createPane(name);
      pane.style.zIndex = zIndex;
      pane.style.pointerEvents = 'none';
    }
    return pane;
  };
  function safeUrl(url) { return /^https?:\/\//i.test(url) ? url : null; }
  GM.safeUrl = safeUrl;

  function table(rows) {
    var t = el('table', 'gm-popup-table');
    rows.forEach(function (r) {
      if (r[1] === '' || r[1] === null || r[1] === undefined) return;
      var tr = el('tr');
      tr.appendChild(el('th', null, r[0]));
      var td = el('td');
      if (r[1] instanceof Node) td.appendChild(r[1]); else td.textContent = String(r[1]);
      tr.appendChild(td);
      t.appendChild(tr);
    });
    return t;
  }
  GM.popupTable = table;

  /* ---- setup ------------------------------------------------------ */
  GM.init = function (map, options) {
    GM.mark('init');
    opts = GM.opts = options;
    GM.map = map;
    if (map.options.maxZoom === undefined) map.setMaxZoom(18);
    GM.renderer = L.canvas({ padding: 0.5 });
    // A fifth control corner, bottom centre, for the timeline.
    map._controlCorners.bottomcenter = L.DomUtil.create('div', 'leaflet-bottom gm-bottom-center',
                                                        map._controlContainer);
    GM.incidents = new GM.IncidentCanvas().addTo(map);
    GM.actorLayers = [];
  };

  /** The data block: plain JSON, or packed (geomap.render.wire): a JSON header and
   *  int8/16/32 columns, gzipped; the columns become typed-array views, never parsed. */
  GM.decode = function (node) {
    if (node.getAttribute('data-encoding') !== 'gzip+base64') {
      return Promise.resolve(JSON.parse(node.textContent));
    }
    var bin = atob(node.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buf) {
      var size = new DataView(buf).getUint32(0, true), offset = 4 + size;
      var data = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, size)));
      var views = { 1: Int8Array, 2: Int16Array, 4: Int32Array };
      data.bin.forEach(function (c) {
        data[c[0]][c[1]] = new views[c[3]](buf, offset, c[2]);
        offset += c[3] * c[2];
      });
      delete data.bin;
      return data;
    });
  };

  /** Re-expand the compact block (see geomap.render.data) into row-aligned columns:
   *  coordinates from the spot table, title/URL from the article table, and ids
   *  and notes appended to the string table, so every reader indexes rows alike. */
  function inflate(data) {
    var I = data.i, n = I.sp.length, k;
    I.lat = new Float64Array(n);
    I.lon = new Float64Array(n);
    for (k = 0; k < n; k++) { I.lat[k] = data.spots.lat[I.sp[k]]; I.lon[k] = data.spots.lon[I.sp[k]]; }
    if (data.arts) {
      var at = new Map();
      data.arts.art.forEach(function (a, j) { at.set(a, j); });
      I.tt = new Int32Array(n);
      I.url = new Int32Array(n);
      for (k = 0; k < n; k++) {
        var j = at.get(I.art[k]);
        I.tt[k] = j === undefined ? -1 : data.arts.tt[j];
        I.url[k] = j === undefined ? -1 : data.arts.url[j];
      }
    }
    ['id', 'nt'].forEach(function (key) {
      var texts = I[key], codes = new Int32Array(n), base = data.s.length;
      for (k = 0; k < n; k++) { data.s.push(texts[k]); codes[k] = texts[k] ? base + k : -1; }
      I[key] = codes;
    });
    return data;
  }

  /* ---- actor layers ------------------------------------------------ */
  // One layer-control entry per actor (actor1); switching it off hides its
  // incidents from the canvas and the counts.  The layer itself draws nothing.
  GM.ActorLayer = L.Layer.extend({
    initialize: function (index, labelHtml) {
      this.index = index;
      this.labelHtml = labelHtml;
      GM.actorLayers[index] = this;
    },
    onAdd: function () { GM.actorOn[this.index] = 1; if (D) GM.refresh(); },
    onRemove: function () { GM.actorOn[this.index] = 0; if (D) GM.refresh(); }
  });
  GM.actorOn = [];

  // GM.mask[i] is 1 when incident i passes the date range and every filter
  // (computed in one pass by filters.js); GM.shown[i] also needs its actor's
  // layer on.  Counts per actor are taken in the same pass.
  GM.range = { from: null, to: null, undated: true };
  GM.inRange = function (i) { return GM.mask[i] === 1; };

  function tally() {
    var a1 = D.i.a1, m = GM.mask, n = m.length, on = GM.actorOn;
    var inMask = new Uint32Array(D.actors.length), shown = new Uint8Array(n), total = 0;
    for (var i = 0; i < n; i++) {
      if (!m[i]) continue;
      inMask[a1[i]]++;
      if (on[a1[i]]) { shown[i] = 1; total++; }
    }
    GM.actorCounts = inMask;
    GM.shown = shown;
    GM.shownCount = total;
  }

  /* ---- filter & counts -------------------------------------------- */
  GM.setRange = function (from, to, undated) {
    GM.range = { from: from, to: to, undated: undated !== false };
    GM.refresh();
    GM.fire('range', GM.range);
  };
  /** Recompute the mask and redraw: after any change of the date range, a filter or a layer. */
  GM.refresh = function () {
    GM.mask = GM.computeMask();
    tally();
    GM.incidents.redraw();
    changed();
  };

  /** Incidents of each actor passing the date range and filters, whether its layer is on or not. */
  GM.counts = function () {
    var out = {};
    if (!D) return out;
    D.actors.forEach(function (a, k) { out[a] = GM.actorCounts[k]; });
    return out;
  };
  /** Incidents each actor currently has on the map (0 when its layer is off). */
  GM.onMap = function () {
    var out = {};
    if (!D) return out;
    D.actors.forEach(function (a, k) { out[a] = GM.actorOn[k] ? GM.actorCounts[k] : 0; });
    return out;
  };
  GM.shownTotal = function () { return D ? GM.shownCount : 0; };

  GM.setLayerControl = function (control) { GM.layerControl = control; };
  function relabel() {
    var control = GM.layerControl;
    if (!control || !D) return;
    control._layers.forEach(function (entry) {
      var layer = entry.layer;
      if (layer instanceof GM.ActorLayer) {
        entry.name = layer.labelHtml + ' <span class="gm-count">(' +
          GM.actorCounts[layer.index] + ')</span>';
      }
    });
    control._update();
  }
  var changePending = false;
  function changed() {
    if (!D || changePending) return;
    changePending = true;
    setTimeout(function () { changePending = false; relabel(); GM.fire('change'); }, 0);
  }

  /* ---- start ------------------------------------------------------ */
  GM.start = function (dataId, fit) {
    var node = document.getElementById(dataId);
    GM.mark('start');
    return GM.decode(node).then(function (data) {
      GM.mark('decoded');
      D = GM.data = inflate(data);
      GM.range = { from: null, to: null, undated: true };
      GM.mask = GM.computeMask();
      tally();
      GM.mark('built');
      if (!(fit && fitTo())) GM.incidents.redraw();  // a fit redraws on its moveend
      GM.mark('drawn');
      GM.fire('data', { data: data });
      relabel();
      GM.fire('change');
    }).then(function () {
      return new Promise(function (resolve) { requestAnimationFrame(function () { resolve(); }); });
    }).then(function () {
      GM.mark('ready');
      GM.ready = true;
      window.__geomapReady = true;
      GM.fire('ready');
    }).catch(function (err) {
      console.error('geomap: could not build the map: ' + (err && err.stack || err));
      throw err;
    });
  };

  function fitTo() {
    var I = D.i, s = 90, w = 180, n = -90, e = -180, any = false;
    for (var k = 0; k < I.lat.length; k++) {
      if (!GM.shown[k]) continue;
      var lat = I.lat[k], lon = I.lon[k];
      any = true;
      if (lat < s) s = lat; if (lat > n) n = lat;
      if (lon < w) w = lon; if (lon > e) e = lon;
    }
    if (!any) return false;
    // Keep the incidents clear of the summary/filter panels (left) and the
    // layer control and filters (right), as far as the window allows.
    var size = GM.map.getSize(), side = Math.min(330, size.x * 0.25);
    GM.map.fitBounds([[s, w], [n, e]], {
      paddingTopLeft: [side, 40], paddingBottomRight: [Math.min(330, size.x * 0.25), 40],
      maxZoom: 8, animate: false
    });
    return true;
  }
})();
