/* geomap province borders: first-level areas of the countries with incidents, as
 * outlined by the gazetteer from its places (approximate), drawn thin under the
 * markers, with names from zoom 6. Built once the data block is decoded. */
(function () {
  'use strict';
  var GM = window.geomap;
  var LABEL_ZOOM = 6;

  GM.BordersLayer = L.Layer.extend({
    initialize: function () { this.group = null; this.names = null; },
    onAdd: function (map) {
      if (!GM.data) {
        var self = this;
        GM.on('data', function () { if (self._map) self.draw(self._map); });
        return;
      }
      this.draw(map);
    },
    onRemove: function (map) {
      if (this.group) this.group.remove();
      if (this.names) this.names.remove();
      map.off('zoomend', this.updateNames, this);
    },
    count: function () { return this.group && this._map ? this.group.getLayers().length : 0; },
    draw: function (map) {
      if (!this.group) this.build(map);
      this.group.addTo(map);
      map.on('zoomend', this.updateNames, this);
      this.updateNames();
    },
    build: function (map) {
      if (!map.getPane('gmBorders')) {
        map.createPane('gmBorders').style.zIndex = 260;
        var pane = map.createPane('gmBorderNames');
        pane.style.zIndex = 380;
        pane.style.pointerEvents = 'none';
      }
      var look = { renderer: L.canvas({ pane: 'gmBorders', padding: 0.5 }), pane: 'gmBorders',
                   interactive: false, fill: false, color: '#8f887a', weight: 0.8,
                   opacity: 0.9, dashArray: '4 3' };
      this.group = L.featureGroup();
      this.names = L.layerGroup();
      var borders = GM.data.borders || [];
      for (var b = 0; b < borders.length; b++) {
        var rings = borders[b][1].map(function (ring) {
          var pts = [];
          for (var k = 0; k < ring.length; k += 2) pts.push([ring[k], ring[k + 1]]);
          return pts;
        });
        this.group.addLayer(L.polygon(rings, look));
        var at = borders[b][2];
        this.names.addLayer(L.marker(at, {
          pane: 'gmBorderNames', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'gm-province', html: GM.el('span', null, borders[b][0]),
                            iconSize: null })
        }));
      }
    },
    updateNames: function () {
      if (!this._map || !this.names) return;
      var show = this._map.getZoom() >= LABEL_ZOOM;
      if (show && !this._map.hasLayer(this.names)) this.names.addTo(this._map);
      else if (!show && this._map.hasLayer(this.names)) this.names.remove();
    }
  });
})();
