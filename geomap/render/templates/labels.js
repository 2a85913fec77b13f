/* geomap labels: incident places first (the most incidents first), then the
 * gazetteer's towns around them (the most populous first), each placed only
 * where it overlaps no other label, so more appear as the user zooms in.
 * From zoom 8 every incident place in view is labelled. Names go in as text. */
(function () {
  'use strict';
  var GM = window.geomap;
  var MAX_LABELS = 400, ALL_INCIDENT_PLACES_ZOOM = 8, SPOT_KEY = 16777216;  // > spots
  // Incident places tried for a label, the most incidents first: past these few
  // thousand, a label almost never finds room, and trying them costs the pan.
  var MAX_TRIED = 3000;
  // A town of this population or more may be labelled from this zoom on.
  var TOWN_ZOOM = [[100000, 5], [20000, 7], [5000, 8], [0, 9]];

  GM.townMinZoom = function (pop) {
    for (var k = 0; k < TOWN_ZOOM.length; k++) if (pop >= TOWN_ZOOM[k][0]) return TOWN_ZOOM[k][1];
    return 9;
  };

  function width(name) { return 6.2 * name.length + 6; }

  GM.LabelLayer = L.Layer.extend({
    onAdd: function (map) {
      GM.pane(map, 'gmLabels', 390);
      this.text = new GM.TextLayer().addTo(map);
      map.on('moveend', this.later, this);
      GM.on('change', this.later, this);
      this.update();
    },
    /** Update after the next frame: a pan's last frame draws the incidents, the one
     *  after places the labels, so no single frame does both. */
    later: function () {
      if (this.pending) return;
      var self = this;
      this.pending = true;
      requestAnimationFrame(function () {
        setTimeout(function () { self.pending = false; self.update(); }, 0);
      });
    },
    onRemove: function (map) {
      this.text.remove();
      map.off('moveend', this.later, this);
      GM.fire('labels');
    },
    /** Incident spots in view: [[row, incidents], ...], the most incidents first, at
     *  most MAX_TRIED (one typed sort of count-and-spot keys, not an array of pairs). */
    spots: function (bounds) {
      var S = GM.data.spots, counts = GM.spotShown, F = GM.incidents.F, out = [], used = 0;
      var s = bounds.getSouth(), n = bounds.getNorth(), w = bounds.getWest(), e = bounds.getEast();
      if (!this.keys || this.keys.length !== counts.length) this.keys = new Float64Array(counts.length);
      var keys = this.keys;
      for (var k = 0; k < counts.length; k++) {
        if (!counts[k]) continue;
        var lat = S.lat[k], lon = S.lon[k];
        if (lat < s || lat > n || lon < w || lon > e) continue;
        keys[used++] = counts[k] * SPOT_KEY + (SPOT_KEY - 1 - k);
      }
      var sorted = keys.subarray(0, used).sort();
      for (k = sorted.length - 1; k >= Math.max(0, sorted.length - MAX_TRIED); k--) {
        var spot = SPOT_KEY - 1 - sorted[k] % SPOT_KEY;
        out.push([F[spot], counts[spot]]);
      }
      return out;
    },
    update: function () {
      var map = this._map, D = GM.data;
      if (!map || !D) return;
      var zoom = map.getZoom(), bounds = map.getBounds(), boxes = [], chosen = [];
      // Place a label right, left, above or below its point, wherever it overlaps
      // no label placed so far; ``force`` (incident places from zoom 8) places it
      // on the right anyway, unless the same name is already there.
      function place(lat, lon, name, force) {
        var p = map.latLngToContainerPoint([lat, lon]), w = width(name);
        var spots = [
          ['right', p.x + 14, p.y - 9], ['left', p.x - 14 - w, p.y - 9],
          ['above', p.x - w / 2, p.y - 24], ['below', p.x - w / 2, p.y + 6]
        ];
        for (var c = 0; c < spots.length; c++) {
          var box = [spots[c][1], spots[c][2], spots[c][1] + w, spots[c][2] + 18, name], free = true;
          for (var k = 0; k < boxes.length && free; k++) {
            var o = boxes[k];
            free = !(box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]);
            if (!free && force && o[4] === name) return null;
          }
          if (free || (force && c === spots.length - 1)) {
            boxes.push(box);
            return free ? spots[c][0] : 'right';
          }
        }
        return null;
      }
      var names = new Set(), I = D.i, basemapOn = map.getContainer().classList.contains('gm-offline');
      var basemapAll = basemapOn && zoom >= 6 && GM.basemapNames;  // every basemap city is named
      this.spots(bounds).forEach(function (s) {
        var i = s[0], name = GM.str(I.loc[i]);
        if (!name || chosen.length >= MAX_LABELS || (basemapAll && GM.basemapNames.has(name))) return;
        var lat = GM.lat(i), lon = GM.lon(i), at = place(lat, lon, name, zoom >= ALL_INCIDENT_PLACES_ZOOM);
        if (at) {
          chosen.push([name, lat, lon, 'gm-label-incident gm-at-' + at]);
          names.add(name);
        }
      });
      var T = D.towns || { n: [] };
      for (var k = 0; k < T.n.length && chosen.length < MAX_LABELS; k++) {
        if (GM.townMinZoom(T.pop[k]) > zoom || names.has(T.n[k])) continue;
        if (GM.basemapNames && GM.basemapNames.has(T.n[k]) && basemapOn) continue;
        if (!bounds.contains([T.lat[k], T.lon[k]])) continue;
        var at = place(T.lat[k], T.lon[k], T.n[k], false);
        if (at) {
          chosen.push([T.n[k], T.lat[k], T.lon[k], 'gm-label-town gm-at-' + at]);
          names.add(T.n[k]);
        }
      }
      this.text.set(chosen.map(function (c) {  // labels that stay keep their node
        return [c.join('\u0001'), c[1], c[2], 'gm-label ' + c[3], c[0]];
      }));
      GM.fire('labels', { count: chosen.length });
    }
  });
})();
