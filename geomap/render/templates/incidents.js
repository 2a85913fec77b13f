/* geomap incident canvas: every shown incident drawn on one canvas, re-binned
 * on each move or filter change from the incidents shown per spot
 * (GM.spotShown), so the cost follows the spots, not the number of incidents.  Below zoom 10 incidents are grouped in screen
 * cells (a bubble with the count, coloured by the most frequent event type);
 * from zoom 10 each spot (same place, event type and precision) is a dot that
 * grows with its incidents.  Approximate incidents are hollow, and from zoom 6
 * the area they may lie in is outlined.  A click on a bubble zooms in; on a
 * dot it opens the spot's incidents (popup.js). */
(function () {
  'use strict';
  var GM = window.geomap;
  var CELL = 46, SPOT_ZOOM = 10, AREA_ZOOM = 6, MAX_AREAS = 400, PAD = 0.1;

  function mercator(lat, lon) {
    var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
    return [(lon + 180) / 360 * 256, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256];
  }
  GM.mercator = mercator;

  GM.IncidentCanvas = L.Layer.extend({
    onAdd: function (map) {
      this.canvas = L.DomUtil.create('canvas', 'gm-incidents', GM.pane(map, 'gmIncidents', 450));
      this.items = [];
      map.on('moveend resize', this.redraw, this);
      map.on('zoomstart', this.hide, this);
      map.on('click', this.click, this);
      map.on('mousemove', this.hover, this);
    },
    onRemove: function (map) {
      L.DomUtil.remove(this.canvas);
      map.off('moveend resize', this.redraw, this);
      map.off('zoomstart', this.hide, this);
      map.off('click', this.click, this);
      map.off('mousemove', this.hover, this);
    },
    hide: function () { this.canvas.style.visibility = 'hidden'; },

    /** Per spot (one place, event type, precision and area): zoom-0 Mercator pixels,
     *  its event-type code, a first row, precision, area and radius, so drawing
     *  reads spots (GM.spotShown) and a million rows need no per-row work. */
    prepare: function () {
      var I = GM.data.i, S = GM.data.spots, ns = S.lat.length, k;
      this.X = new Float64Array(ns);
      this.Y = new Float64Array(ns);
      this.F = new Int32Array(ns).fill(-1);
      this.T = new Uint8Array(ns);
      this.G = new Int8Array(ns);
      this.A = new Int32Array(ns);
      this.U = new Float64Array(ns);
      for (k = 0; k < ns; k++) {
        var p = mercator(S.lat[k], S.lon[k]);
        this.X[k] = p[0];
        this.Y[k] = p[1];
      }
      for (var i = 0; i < I.n; i++) {
        var s = I.sp[i];
        if (this.F[s] >= 0) continue;
        this.F[s] = i;
        this.T[s] = Math.min(255, GM.types.codes[i]);
        this.G[s] = I.gp[i];
        this.A[s] = I.ar[i];
        this.U[s] = I.unc[i];
      }
      this.types = GM.types.values;
      this.spots = ns;
      this.prepared = GM.data;
    },

    /** Group the spots shown in view: screen cells, or spots from zoom 10, each
     *  weighted by its incidents shown; typed arrays indexed by group key. */
    bin: function () {
      var map = this._map, counts = GM.spotShown;
      var size = map.getSize(), w = size.x * (1 + 2 * PAD), h = size.y * (1 + 2 * PAD);
      var topLeft = map.containerPointToLayerPoint([-size.x * PAD, -size.y * PAD]);
      var origin = map.getPixelOrigin(), scale = Math.pow(2, map.getZoom());
      var ox = topLeft.x + origin.x, oy = topLeft.y + origin.y, world = 256 * scale;
      var bySpot = map.getZoom() >= SPOT_ZOOM, cols = Math.ceil(w / CELL) + 1;
      var keys = bySpot ? this.spots : cols * (Math.ceil(h / CELL) + 1), nt = this.types.length;
      var cnt = new Uint32Array(keys), sx = new Float64Array(keys), sy = new Float64Array(keys);
      var first = new Int32Array(keys), approx = new Uint32Array(keys);
      var byType = new Uint32Array(bySpot ? 0 : keys * nt), used = [];
      var X = this.X, Y = this.Y, T = this.T, G = this.G;
      for (var s = 0; s < counts.length; s++) {
        var c = counts[s];
        if (c === 0) continue;
        var x = X[s] * scale - ox, y = Y[s] * scale - oy;
        if (x < 0) x += world; else if (x >= world) x -= world;  // one world copy to the side
        if (x < 0 || y < 0 || x >= w || y >= h) continue;
        var key = bySpot ? s : ((x / CELL) | 0) + ((y / CELL) | 0) * cols;
        if (cnt[key] === 0) { first[key] = s; used.push(key); }
        cnt[key] += c;
        sx[key] += x * c;
        sy[key] += y * c;
        if (!bySpot) byType[key * nt + T[s]] += c;
        if (G[s] > 1) approx[key] += c;
      }
      var F = this.F, groups = used.map(function (key) {
        var top = T[first[key]];
        if (!bySpot) {
          for (var t = 0; t < nt; t++) if (byType[key * nt + t] > byType[key * nt + top]) top = t;
        }
        return { key: key, first: F[first[key]], n: cnt[key], x: sx[key] / cnt[key], y: sy[key] / cnt[key],
                 approx: approx[key], type: top };
      });
      return { groups: groups, topLeft: topLeft, w: w, h: h, bySpot: bySpot, ox: ox, oy: oy, cols: cols };
    },

    redraw: function () {
      var map = this._map;
      if (!map || !GM.data || !GM.spotShown) return;
      if (this.prepared !== GM.data) this.prepare();
      var b = this.bin(), canvas = this.canvas, ratio = window.devicePixelRatio || 1;
      var ctx = canvas.getContext('2d');
      if (canvas.width !== Math.floor(b.w * ratio) || canvas.height !== Math.floor(b.h * ratio)) {
        canvas.width = b.w * ratio;  // a new bitmap only when the size changes
        canvas.height = b.h * ratio;
        canvas.style.width = b.w + 'px';
        canvas.style.height = b.h + 'px';
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      L.DomUtil.setPosition(canvas, b.topLeft);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      if (map.getZoom() >= AREA_ZOOM) this.areas(ctx, b);
      var items = [], self = this;
      b.groups.forEach(function (g) {
        var colour = GM.colour(GM.str(self.types[g.type])), x = g.x, y = g.y;
        var bubble = !b.bySpot && g.n > 1;
        var r = bubble ? (g.n < 10 ? 13 : g.n < 100 ? 16 : g.n < 1000 ? 19 : 22)
          : 5.5 + (g.n > 1 ? Math.min(7, 1.5 * Math.log2(g.n)) : 0);
        if (bubble) self.bubble(ctx, x, y, r, colour, g.n);
        else self.dot(ctx, x, y, r, colour, g.approx === g.n);
        items.push({ key: g.key, x: x, y: y, r: r, n: g.n, bubble: bubble, first: g.first });
      });
      this.items = items;
      this.binning = b;
      canvas.style.visibility = 'visible';
      GM.fire('drawn', { items: items.length });
    },

    bubble: function (ctx, x, y, r, colour, n) {
      ctx.beginPath();
      ctx.arc(x, y, r + 4, 0, 2 * Math.PI);
      ctx.fillStyle = 'rgba(40, 40, 40, 0.18)';
      ctx.fill();
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(n < 10000 ? String(n) : Math.round(n / 1000) + 'k', x, y + 0.5);
    },

    dot: function (ctx, x, y, r, colour, hollow) {
      ctx.beginPath();
      ctx.arc(x, y, hollow ? Math.max(4, r - 1.5) : r, 0, 2 * Math.PI);
      ctx.fillStyle = hollow ? '#ffffff' : colour;
      ctx.globalAlpha = hollow ? 1 : 0.92;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = hollow ? 2 : 1;
      ctx.strokeStyle = hollow ? colour : '#ffffff';
      ctx.stroke();
    },

    /** Dashed outlines of the areas approximate incidents in view may lie in. */
    areas: function (ctx, b) {
      var counts = GM.spotShown, seen = new Set(), scale = Math.pow(2, this._map.getZoom());
      var X = this.X, Y = this.Y, G = this.G, A = this.A, U = this.U, S = GM.data.spots;
      ctx.save();
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1.2;
      for (var s = 0; s < counts.length && seen.size < MAX_AREAS; s++) {
        if (!counts[s] || G[s] < 2 || (A[s] < 0 && !(U[s] > 0))) continue;
        var x = X[s] * scale - b.ox, y = Y[s] * scale - b.oy;
        if (x < 0 || y < 0 || x >= b.w || y >= b.h) continue;
        var key = A[s] >= 0 ? 'a' + A[s] : 'c' + s;
        if (seen.has(key)) continue;
        seen.add(key);
        var colour = GM.colour(GM.str(this.types[this.T[s]]));
        ctx.strokeStyle = colour;
        ctx.fillStyle = colour;
        ctx.globalAlpha = 0.7;
        ctx.beginPath();
        if (A[s] >= 0) {
          GM.data.areas[A[s]].forEach(function (ring) {
            for (var k = 0; k < ring.length; k += 2) {
              var p = mercator(ring[k], ring[k + 1]), px = p[0] * scale - b.ox, py = p[1] * scale - b.oy;
              if (k === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
            }
            ctx.closePath();
          });
        } else {
          // metres → pixels at this latitude (Web Mercator stretches by 1/cos)
          var metresPerPixel = 40075016.686 * Math.cos(S.lat[s] * Math.PI / 180) / (256 * scale);
          ctx.arc(x, y, U[s] * 1000 / metresPerPixel, 0, 2 * Math.PI);
        }
        ctx.stroke();
        ctx.globalAlpha = 0.025;
        ctx.fill();
      }
      ctx.restore();
      this.areaCount = seen.size;
    },

    /** The drawn item under a container point (the nearest within its radius), or null. */
    itemAt: function (point) {
      var b = this.binning, best = null, bestD = Infinity;
      if (!b) return null;
      var x = point.x + this._map.getSize().x * PAD, y = point.y + this._map.getSize().y * PAD;
      for (var k = 0; k < this.items.length; k++) {
        var it = this.items[k], d = Math.hypot(it.x - x, it.y - y);
        if (d <= it.r + 3 && d < bestD) { best = it; bestD = d; }
      }
      return best;
    },
    /** Incident rows of a drawn item, in data order (rows per spot from GM.index). */
    rowsOf: function (item) {
      var b = this.binning, counts = GM.spotShown, x = GM.index('spot'), rows = [];
      var scale = Math.pow(2, this._map.getZoom()), world = 256 * scale;
      for (var s = 0; s < counts.length; s++) {
        if (!counts[s]) continue;
        if (b.bySpot) { if (s !== item.key) continue; }
        else {
          var px = this.X[s] * scale - b.ox, py = this.Y[s] * scale - b.oy;
          if (px < 0) px += world; else if (px >= world) px -= world;
          if (px < 0 || py < 0 || px >= b.w || py >= b.h) continue;
          if (((px / CELL) | 0) + ((py / CELL) | 0) * b.cols !== item.key) continue;
        }
        for (var j = x.start[s]; j < x.start[s + 1]; j++) if (GM.isShown(x.rows[j])) rows.push(x.rows[j]);
      }
      return rows.sort(function (p, q) { return p - q; });
    },
    click: function (e) {
      var item = this.itemAt(e.containerPoint);
      if (!item) return;
      if (item.bubble) {
        var map = this._map, to = map.containerPointToLatLng([item.x - map.getSize().x * PAD,
                                                              item.y - map.getSize().y * PAD]);
        map.setView(to, Math.min(SPOT_ZOOM, map.getZoom() + 2));
        return;
      }
      var rows = this.rowsOf(item);
      if (rows.length) GM.openIncidents(rows, [GM.lat(rows[0]), GM.lon(rows[0])]);
    },
    hover: function (e) {
      this._map.getContainer().style.cursor = this.itemAt(e.containerPoint) ? 'pointer' : '';
    }
  });
})();
