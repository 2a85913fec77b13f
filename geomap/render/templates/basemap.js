/* geomap offline basemap: Natural Earth countries (land, borders, coastlines) from the
 * inlined world-atlas TopoJSON, drawn on canvas, plus main-city labels that
 * appear by zoom tier (capitals of 1M+ and 5M+ cities from zoom 4, the rest from zoom 6). */
(function () {
  'use strict';
  var GM = window.geomap;
  var TIER_ZOOM = { 1: 4, 2: 6 };

  // Natural Earth rings that cross the date line jump from +180 to -180
  // (Chukotka, Wrangel Island, Fiji); drawn as they are, they paint a band
  // across the whole world.  Longitudes are unwrapped to run on past 180, and
  // a copy 360 degrees away shows the part on the other side.  Polar rings
  // (Antarctica closes along the bottom edge on purpose) are left as they are.
  function unwrapRing(ring) {
    var out = [], shift = 0, prev = null;
    for (var k = 0; k < ring.length; k++) {
      var lon = ring[k][0] + shift;
      if (prev !== null && Math.abs(lon - prev) > 180) {
        var step = lon > prev ? -360 : 360;
        shift += step;
        lon += step;
      }
      out.push([lon, ring[k][1]]);
      prev = lon;
    }
    return out;
  }
  function shifted(polygon, by) {
    return polygon.map(function (ring) {
      return ring.map(function (p) { return [p[0] + by, p[1]]; });
    });
  }
  function unwrapPolygon(polygon, out) {
    var polar = polygon.some(function (ring) {
      return ring.some(function (p) { return Math.abs(p[1]) > 80; });
    });
    if (polar) { out.push(polygon); return; }
    var fixed = polygon.map(unwrapRing), lo = Infinity, hi = -Infinity;
    fixed.forEach(function (ring) {
      ring.forEach(function (p) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); });
    });
    out.push(fixed);
    if (hi > 180) out.push(shifted(fixed, -360));
    if (lo < -180) out.push(shifted(fixed, 360));
  }
  GM.unwrapAntimeridian = function (collection) {
    collection.features.forEach(function (f) {
      var g = f.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
      var polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates, out = [];
      polygons.forEach(function (polygon) { unwrapPolygon(polygon, out); });
      f.geometry = { type: 'MultiPolygon', coordinates: out };
    });
    return collection;
  };

  /** Which sides of the tile (grown by a margin) a point lies beyond, as bits. */
  function outside(x, y, size) {
    return (x < -4 ? 1 : x > size.x + 4 ? 2 : 0) | (y < -4 ? 4 : y > size.y + 4 ? 8 : 0);
  }
  /** Trace one ring on a tile.  Points under half a pixel from the last one are
   *  dropped, and so is a run of points beyond one side of the tile (the straight
   *  line that replaces it stays beyond that side), so a tile costs about the
   *  points near it, not the whole of a large country. */
  function ring(ctx, xy, scale, ox, oy, size) {
    var lx = 0, ly = 0, common = 0, px = 0, py = 0, pending = false;
    for (var j = 0; j < xy.length; j += 2) {
      var x = xy[j] * scale - ox, y = xy[j + 1] * scale - oy, code = outside(x, y, size);
      if (j === 0) { ctx.moveTo(x, y); lx = x; ly = y; common = code; continue; }
      if (common & code) { common &= code; px = x; py = y; pending = true; continue; }
      if (Math.abs(x - lx) + Math.abs(y - ly) < 0.5 && j < xy.length - 2) continue;
      if (pending) { ctx.lineTo(px, py); pending = false; }
      ctx.lineTo(x, y);
      lx = x; ly = y; common = code;
    }
    if (pending) ctx.lineTo(px, py);
    ctx.closePath();
  }

  /** Countries as canvas tiles: drawn once per tile and kept while panning, so a
   *  pan draws only the tiles it uncovers (a canvas of the whole view redraws
   *  every country on each move).  ``features`` are GeoJSON (lon/lat) polygons. */
  GM.CountryTiles = L.GridLayer.extend({
    options: { pane: 'gmBasemap', updateWhenZooming: false, keepBuffer: 4,
               fill: '#f5f3ee', stroke: '#aaa497', weight: 0.7 },
    initialize: function (features, options) {
      L.setOptions(this, options);
      // Each polygon once in zoom-0 Mercator pixels, with its box for culling.
      this.shapes = [];
      features.forEach(function (f) {
        if (!f.geometry || f.geometry.type !== 'MultiPolygon') return;
        f.geometry.coordinates.forEach(function (polygon) {
          var rings = [], box = [Infinity, Infinity, -Infinity, -Infinity];
          polygon.forEach(function (ring) {
            var xy = new Float64Array(ring.length * 2);
            ring.forEach(function (p, k) {
              var m = GM.mercator(p[1], p[0]);
              xy[2 * k] = m[0];
              xy[2 * k + 1] = m[1];
              box[0] = Math.min(box[0], m[0]); box[1] = Math.min(box[1], m[1]);
              box[2] = Math.max(box[2], m[0]); box[3] = Math.max(box[3], m[1]);
            });
            rings.push(xy);
          });
          this.shapes.push({ rings: rings, box: box });
        }, this);
      }, this);
    },
    createTile: function (coords) {
      var tile = L.DomUtil.create('canvas', 'gm-basemap-tile'), size = this.getTileSize();
      var ratio = window.devicePixelRatio || 1, scale = Math.pow(2, coords.z);
      tile.width = size.x * ratio;
      tile.height = size.y * ratio;
      var ctx = tile.getContext('2d'), ox = coords.x * size.x, oy = coords.y * size.y;
      var x0 = (ox - 2) / scale, y0 = (oy - 2) / scale, x1 = (ox + size.x + 2) / scale, y1 = (oy + size.y + 2) / scale;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = this.options.fill;
      ctx.strokeStyle = this.options.stroke;
      ctx.lineWidth = this.options.weight;
      ctx.lineJoin = ctx.lineCap = 'round';
      for (var k = 0; k < this.shapes.length; k++) {
        var shape = this.shapes[k], b = shape.box;
        if (b[2] < x0 || b[0] > x1 || b[3] < y0 || b[1] > y1) continue;
        ctx.beginPath();
        for (var r = 0; r < shape.rings.length; r++) ring(ctx, shape.rings[r], scale, ox, oy, size);
        ctx.fill('evenodd');
        ctx.stroke();
      }
      return tile;
    }
  });

  GM.Basemap = L.Layer.extend({
    options: {
      attribution: 'Borders &copy; Natural Earth (public domain) &middot; ' +
        'Cities &copy; GeoNames (CC BY 4.0)'
    },
    initialize: function (worldId, citiesId) {
      this.worldId = worldId;
      this.citiesId = citiesId;
      this.group = null;
    },
    onAdd: function (map) {
      GM.mark('basemap-start');
      if (!this.group) this.build(map);
      this.group.addTo(map);
      GM.mark('basemap-added');
      this.labels.addTo(map);
      map.on('moveend', this.updateLabels, this);
      this.updateLabels();
      map.getContainer().classList.add('gm-offline');
    },
    onRemove: function (map) {
      this.group.remove();
      this.labels.remove();
      map.off('moveend', this.updateLabels, this);
      map.getContainer().classList.remove('gm-offline');
    },
    build: function (map) {
      if (!map.getPane('gmBasemap')) map.createPane('gmBasemap').style.zIndex = 250;
      GM.pane(map, 'gmLabels', 390);
      var topo = JSON.parse(document.getElementById(this.worldId).textContent);
      // One layer of country polygons (fill + outline) rather than land plus
      // border and coastline meshes: half the points to project, same look.
      var world = GM.unwrapAntimeridian(topojson.feature(topo, topo.objects.countries));
      this.group = new GM.CountryTiles(world.features);
      var cities = JSON.parse(document.getElementById(this.citiesId).textContent);
      this.cities = cities;
      GM.basemapNames = new Set(cities.map(function (c) { return c[0]; }));
      this.labels = new GM.TextLayer();
    },
    /** The cities of the tiers shown at this zoom, in view (and a margin): text
     *  far off screen would only make the label layer larger to draw. */
    updateLabels: function () {
      var zoom = this._map.getZoom(), view = this._map.getBounds().pad(0.25);
      this.labels.set(this.cities.filter(function (c) {
        return zoom >= TIER_ZOOM[c[3]] && view.contains([c[1], c[2]]);
      })
        .map(function (c) { return [c.join('\u0001'), c[1], c[2], 'gm-city gm-city-' + c[3], c[0]]; }));
    }
  });
})();
