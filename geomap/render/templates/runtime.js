/* geomap map runtime: decodes the data block (ids and notes of a packed map
 * only after the first frame), keeps the per-actor layers and the date range,
 * reads incidents through accessors (GM.day, GM.text, ...) and exposes
 * window.geomap for controls and tests.  Which incidents pass is select.js;
 * they are drawn by incidents.js on one canvas.  Article text only ever
 * reaches the DOM through textContent (see el()). */
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
  GM.on = function (type, fn, context) { bus.on(type, fn, context); return GM; };
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

  var NONE = GM.NONE = -2147483648;  // unknown day or toll (geomap.render.wire.NONE)
  /** Ready the decoded block for the readers: days and tolls as Int32Array (NONE when
   *  unknown), a lookup from article to its title and URL, ids and notes joined. */
  function inflate(data) {
    var I = data.i, n = I.n = I.sp.length;
    ['d', 'f'].forEach(function (key) {
      if (I[key] instanceof Int32Array) return;
      var src = I[key], out = new Int32Array(n);
      for (var k = 0; k < n; k++) out[k] = src[k] === null || src[k] === undefined ? NONE : src[k];
      I[key] = out;
    });
    if (data.arts) {
      var slot = new Int32Array(data.s.length).fill(-1);
      for (var j = 0; j < data.arts.art.length; j++) slot[data.arts.art[j]] = j;
      data.artSlot = slot;
    }
    GM.texts = I.nt ? { id: GM.joined(I.id || []), nt: GM.joined(I.nt) } : null;
    delete I.id;
    delete I.nt;
    return data;
  }

  /** Per-incident readers (rows index the block's columns; GM.text is wire.js). */
  GM.lat = function (i) { return D.spots.lat[D.i.sp[i]]; };
  GM.lon = function (i) { return D.spots.lon[D.i.sp[i]]; };
  GM.day = function (i) { var d = D.i.d[i]; return d === NONE ? null : d; };
  GM.toll = function (i) { var f = D.i.f[i]; return f === NONE ? null : f; };
  function article(key, i) {
    if (!D.arts) return str(D.i[key][i]);
    var a = D.i.art[i], j = a >= 0 ? D.artSlot[a] : -1;
    return j >= 0 ? str(D.arts[key][j]) : '';
  }
  GM.title = function (i) { return article('tt', i); };
  GM.url = function (i) { return article('url', i); };

  /** Text labels in one box of absolutely placed divs: a Leaflet marker per label
   *  moves by its own 3D transform, and hundreds of those make every frame of a
   *  pan composite hundreds of layers.  ``set([[key, lat, lon, className, text]])``
   *  keeps the labels whose key stays, so a pan adds only the new ones.  Names go
   *  in as text. */
  GM.TextLayer = L.Layer.extend({
    options: { pane: 'gmLabels' },
    onAdd: function (map) {
      GM.pane(map, this.options.pane, 390);
      this.box = L.DomUtil.create('div', 'gm-text-layer leaflet-zoom-hide', map.getPane(this.options.pane));
      this.items = new Map();
      map.on('viewreset zoomend', this.place, this);
    },
    onRemove: function (map) {
      L.DomUtil.remove(this.box);
      this.items = new Map();
      map.off('viewreset zoomend', this.place, this);
    },
    set: function (labels) {
      if (!this._map) return;
      var old = this.items, items = new Map(), box = this.box, self = this;
      labels.forEach(function (l) {
        var item = old.get(l[0]);
        if (item) old.delete(l[0]);
        else {
          item = { node: el('div', l[3]), lat: l[1], lon: l[2] };
          item.node.appendChild(el('span', null, l[4]));
          self.position(item);
          box.appendChild(item.node);
        }
        items.set(l[0], item);
      });
      old.forEach(function (item) { L.DomUtil.remove(item.node); });
      this.items = items;
    },
    position: function (item) {
      var p = this._map.latLngToLayerPoint([item.lat, item.lon]);
      item.node.style.left = p.x + 'px';
      item.node.style.top = p.y + 'px';
    },
    /** After a zoom or a view reset the layer pixels move: place every label again. */
    place: function () { this.items.forEach(this.position, this); }
  });

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

  // GM.mask[i] is 1 when incident i passes the date range and every filter; it,
  // the counts and the incidents shown per spot come from one pass (select.js).
  GM.range = { from: null, to: null, undated: true };
  GM.inRange = function (i) { return GM.mask[i] === 1; };
  /** Whether incident ``i`` is on the map (passes the filters and its actor's layer is on). */
  GM.isShown = function (i) { return GM.mask[i] === 1 && GM.actorOn[D.i.a1[i]] === 1; };

  /* ---- filter & counts -------------------------------------------- */
  GM.setRange = function (from, to, undated) {
    GM.range = { from: from, to: to, undated: undated !== false };
    GM.refresh();
    GM.fire('range', GM.range);
  };
  /** Recompute the mask and redraw: after any change of the date range, a filter or a layer. */
  GM.refresh = function () {
    GM.computeMask();
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
    GM.dataId = dataId;
    GM.mark('start');
    return GM.decode(node).then(function (data) {
      GM.mark('decoded');
      D = GM.data = inflate(data);
      GM.prepareSelection();
      GM.range = { from: null, to: null, undated: true };
      GM.computeMask();
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
      GM.fire('ready');  // select.js then builds its indexes when idle
      GM.loadTexts();  // a packed map's ids and notes, read by a worker (wire.js)
    }).catch(function (err) {
      console.error('geomap: could not build the map: ' + (err && err.stack || err));
      throw err;
    });
  };

  function fitTo() {
    var S = D.spots, count = GM.spotShown, s = 90, w = 180, n = -90, e = -180, any = false;
    for (var k = 0; k < count.length; k++) {
      if (!count[k]) continue;
      var lat = S.lat[k], lon = S.lon[k];
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
