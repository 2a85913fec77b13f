/* geomap map runtime: builds incident markers, areas and popups from the one
 * data block, keeps per-actor layers and the date filter in step, and exposes
 * window.geomap for controls and tests. Article text only ever reaches the DOM
 * through textContent (see el()). */
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
    if (map.options.maxZoom === undefined) map.setMaxZoom(18);  // markercluster needs it
    GM.renderer = L.canvas({ padding: 0.5 });
    // A fifth control corner, bottom centre, for the timeline.
    map._controlCorners.bottomcenter = L.DomUtil.create('div', 'leaflet-bottom gm-bottom-center',
                                                        map._controlContainer);
    // Without clustering from zoom 10 on, markercluster builds 8 zoom levels, not
    // 17: 100,000 incidents cluster in well under a second instead of ~4 s.
    GM.cluster = L.markerClusterGroup({
      chunkedLoading: false, animate: false, maxClusterRadius: 40,
      disableClusteringAtZoom: 10, spiderfyOnMaxZoom: false, showCoverageOnHover: false,
      removeOutsideVisibleBounds: true, iconCreateFunction: clusterIcon
    });
    GM.cluster.addTo(map);
    GM.cluster.on('click', onIncidentClick);
    GM.actorLayers = [];
  };

  // Cluster bubbles count incidents (not stack markers) and take the colour
  // of their most frequent event type, so a zoomed-out map still reads.
  function clusterIcon(cluster) {
    var markers = cluster.getAllChildMarkers(), byType = {}, n = 0, top = null;
    for (var k = 0; k < markers.length; k++) {
      var rows = markers[k].gmIdx, t = D.i.et[rows[0]];
      n += rows.length;
      byType[t] = (byType[t] || 0) + rows.length;
      if (top === null || byType[t] > byType[top]) top = t;
    }
    var size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
    var label = n < 10000 ? String(n) : Math.round(n / 1000) + 'k';
    var inner = el('span', null, label);
    inner.style.background = GM.colour(str(top));
    return L.divIcon({ html: inner, className: 'gm-cluster', iconSize: L.point(size, size) });
  }

  GM.decode = function (node) {
    if (node.getAttribute('data-encoding') !== 'gzip+base64') {
      return Promise.resolve(JSON.parse(node.textContent));
    }
    var bin = atob(node.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  };

  /* ---- incidents -------------------------------------------------- */
  // Incidents at the same spot (same coordinates, event type and precision,
  // as geoparsed incidents at one gazetteer place are) share one "stack"
  // marker whose gmIdx lists them: fewer objects to cluster, a bigger dot for
  // more incidents, and a popup that pages through all of them.
  GM.ActorLayer = L.Layer.extend({
    initialize: function (index, labelHtml) {
      this.index = index;
      this.labelHtml = labelHtml;
      this.indices = [];  // incident rows of this actor
      this.shown = [];    // stack markers on the map (empty while the layer is off)
      GM.actorLayers[index] = this;
    },
    onAdd: function () { if (D) showLayer(this); },
    onRemove: function () { hideLayer(this); },
    inRange: function () { return this.indices.filter(inRange); }
  });

  // GM.mask[i] is 1 when incident i passes the date range and every filter
  // (computed in one pass by filters.js, so layers and counts only read it).
  GM.range = { from: null, to: null, undated: true };
  function inRange(i) { return GM.mask[i] === 1; }
  GM.inRange = function (i) { return inRange(i); };

  function showLayer(layer) {
    layer.shown = stacks(layer.inRange());
    GM.cluster.addLayers(layer.shown);
    changed();
  }
  function hideLayer(layer) {
    GM.cluster.removeLayers(layer.shown);
    layer.shown = [];
    changed();
  }
  function incidentsIn(markers) {
    var n = 0;
    for (var k = 0; k < markers.length; k++) n += markers[k].gmIdx.length;
    return n;
  }

  var styles = {}, outlines = {};
  function indexIncidents() {
    var a1 = D.i.a1;
    for (var i = 0; i < a1.length; i++) GM.actorLayers[a1[i]].indices.push(i);
  }

  function stacks(rows) {
    var groups = new Map(), out = [];
    for (var k = 0; k < rows.length; k++) {
      var key = D.i.sp[rows[k]], g = groups.get(key);
      if (g) g.push(rows[k]); else groups.set(key, [rows[k]]);
    }
    groups.forEach(function (g) { out.push(stackMarker(g)); });
    return out;
  }

  function stackMarker(rows) {
    var I = D.i, i = rows[0], type = str(I.et[i]), approx = I.gp[i] > 1, key = type + approx;
    var style = styles[key];
    if (!style) {
      var c = GM.colour(type);
      style = styles[key] = approx
        ? { renderer: GM.renderer, radius: 4, color: c, weight: 2, fillColor: '#ffffff', fillOpacity: 1 }
        : { renderer: GM.renderer, radius: 5.5, color: '#ffffff', weight: 1, fillColor: c, fillOpacity: 0.92 };
    }
    var m = approx ? areaShape(i, style.color) : null;
    if (!m) {
      if (rows.length > 1) style = L.extend({}, style, { radius: style.radius + Math.min(7, 1.5 * Math.log2(rows.length)) });
      m = L.circleMarker([I.lat[i], I.lon[i]], style);
    }
    m.gmIdx = rows;
    return m;
  }

  // Approximate incidents (geo precision 2/3) are drawn as the area they may
  // lie in, with a hollow centre dot; only the dot is clickable, so a large
  // area never hides the exact incidents inside it. getLatLng() is the centre,
  // which is what markercluster clusters on (it reads _latlng directly).
  function withCentreDot(Base) {
    return Base.extend({
      getLatLng: function () { return this._latlng; },
      _updatePath: function () {
        Base.prototype._updatePath.call(this);
        var ctx = this._renderer._ctx, p = this._map.latLngToLayerPoint(this._latlng);
        if (!ctx) return;
        ctx.save();
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.arc(p.x, p.y, 4, 0, Math.PI * 2);
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 2;
        ctx.strokeStyle = this.options.color;
        ctx.stroke();
        ctx.restore();
      },
      _containsPoint: function (p) {
        return p.distanceTo(this._map.latLngToLayerPoint(this._latlng)) <= 7;
      }
    });
  }
  GM.AreaCircle = withCentreDot(L.Circle);
  GM.AreaPolygon = withCentreDot(L.Polygon);

  function areaShape(i, colour) {
    var I = D.i, a = I.ar[i], shape = null;
    var look = { renderer: GM.renderer, color: colour, weight: 1.2, opacity: 0.7,
                 dashArray: '5 4', fillColor: colour, fillOpacity: 0.025 };
    if (a >= 0) {
      if (!outlines[a]) {
        outlines[a] = D.areas[a].map(function (ring) {
          var pts = [];
          for (var k = 0; k < ring.length; k += 2) pts.push([ring[k], ring[k + 1]]);
          return pts;
        });
      }
      shape = new GM.AreaPolygon(outlines[a], look);
    } else if (I.unc[i] > 0) {
      shape = new GM.AreaCircle([I.lat[i], I.lon[i]], L.extend({ radius: I.unc[i] * 1000 }, look));
    }
    if (shape) shape._latlng = L.latLng(I.lat[i], I.lon[i]);
    return shape;
  }

  /* ---- filter & counts -------------------------------------------- */
  GM.setRange = function (from, to, undated) {
    GM.range = { from: from, to: to, undated: undated !== false };
    GM.refresh();
    GM.fire('range', GM.range);
  };
  /** Recompute the mask and redraw: after any change of the date range or a filter. */
  GM.refresh = function () {
    GM.mask = GM.computeMask();
    GM.cluster.clearLayers();
    GM.cluster.addLayers(collectShown());
    changed();
  };

  /** Rebuild the stacks of every active layer for the range; return them all. */
  function collectShown() {
    var all = [];
    GM.actorLayers.forEach(function (layer) {
      layer.shown = GM.map.hasLayer(layer) ? stacks(layer.inRange()) : [];
      for (var k = 0; k < layer.shown.length; k++) all.push(layer.shown[k]);
    });
    return all;
  }

  /** Incidents of each actor inside the date range, whether its layer is on or not. */
  GM.counts = function () {
    var out = {};
    if (!D) return out;
    GM.actorLayers.forEach(function (l) { out[D.actors[l.index]] = l.inRange().length; });
    return out;
  };
  /** Incidents each actor currently has on the map (0 when its layer is off). */
  GM.onMap = function () {
    var out = {};
    if (!D) return out;
    GM.actorLayers.forEach(function (l) { out[D.actors[l.index]] = incidentsIn(l.shown); });
    return out;
  };
  GM.shownTotal = function () {
    return GM.actorLayers.reduce(function (s, l) { return s + incidentsIn(l.shown); }, 0);
  };

  GM.setLayerControl = function (control) { GM.layerControl = control; };
  function relabel() {
    var control = GM.layerControl;
    if (!control || !D) return;
    control._layers.forEach(function (entry) {
      var layer = entry.layer;
      if (layer instanceof GM.ActorLayer) {
        var n = layer.inRange().length;
        entry.name = layer.labelHtml + ' <span class="gm-count">(' + n + ')</span>';
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

  function onIncidentClick(e) {
    if (e.layer && e.layer.gmIdx) GM.openIncidents(e.layer.gmIdx, e.layer.getLatLng());
  }

  /* ---- start ------------------------------------------------------ */
  GM.start = function (dataId, fit) {
    var node = document.getElementById(dataId);
    GM.mark('start');
    return GM.decode(node).then(function (data) {
      GM.mark('decoded');
      D = GM.data = data;
      GM.range = { from: null, to: null, undated: true };
      GM.mask = GM.computeMask();
      indexIncidents();
      var all = collectShown();
      GM.mark('built');
      if (fit && all.length) fitTo(all);
      GM.cluster.addLayers(all);
      GM.mark('clustered');
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

  function fitTo(markers) {
    var s = 90, w = 180, n = -90, e = -180;
    for (var k = 0; k < markers.length; k++) {
      var ll = markers[k].getLatLng();
      if (ll.lat < s) s = ll.lat; if (ll.lat > n) n = ll.lat;
      if (ll.lng < w) w = ll.lng; if (ll.lng > e) e = ll.lng;
    }
    // Keep the incidents clear of the summary/filter panels (left) and the
    // layer control and legend (right), as far as the window allows.
    var size = GM.map.getSize(), side = Math.min(330, size.x * 0.25);
    GM.map.fitBounds([[s, w], [n, e]], {
      paddingTopLeft: [side, 40], paddingBottomRight: [Math.min(300, size.x * 0.22), 40],
      maxZoom: 8, animate: false
    });
  }
})();
