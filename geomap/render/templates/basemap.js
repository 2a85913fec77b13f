/* geomap offline basemap: Natural Earth countries (land, borders, coastlines) from the
 * inlined world-atlas TopoJSON, drawn on canvas, plus main-city labels that
 * appear by zoom tier (capitals of 1M+ and 5M+ cities from zoom 4, the rest from zoom 6). */
(function () {
  'use strict';
  var GM = window.geomap;
  var TIER_ZOOM = { 1: 4, 2: 6 };

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
      map.on('zoomend', this.updateLabels, this);
      this.updateLabels();
      map.getContainer().classList.add('gm-offline');
    },
    onRemove: function (map) {
      this.group.remove();
      this.labels.remove();
      map.off('zoomend', this.updateLabels, this);
      map.getContainer().classList.remove('gm-offline');
    },
    build: function (map) {
      if (!map.getPane('gmBasemap')) {
        map.createPane('gmBasemap').style.zIndex = 250;
        var labelPane = map.createPane('gmLabels');
        labelPane.style.zIndex = 390;
        labelPane.style.pointerEvents = 'none';
      }
      var topo = JSON.parse(document.getElementById(this.worldId).textContent);
      var countries = topo.objects.countries;
      var renderer = L.canvas({ pane: 'gmBasemap', padding: 0.5 });
      var base = { renderer: renderer, interactive: false, pane: 'gmBasemap' };
      // One layer of country polygons (fill + outline) rather than land plus
      // border and coastline meshes: half the points to project, same look.
      this.group = L.geoJSON(topojson.feature(topo, countries), L.extend({
        style: { fillColor: '#f5f3ee', fillOpacity: 1, color: '#aaa497', weight: 0.7, opacity: 1 }
      }, base));
      var cities = JSON.parse(document.getElementById(this.citiesId).textContent);
      this.tiers = { 1: [], 2: [] };
      for (var i = 0; i < cities.length; i++) {
        var c = cities[i], label = GM.el('span', null, c[0]);
        var m = L.marker([c[1], c[2]], {
          pane: 'gmLabels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'gm-city gm-city-' + c[3], html: label, iconSize: null })
        });
        this.tiers[c[3]].push(m);
      }
      this.labels = L.layerGroup();
    },
    updateLabels: function () {
      var zoom = this._map.getZoom(), labels = this.labels, tiers = this.tiers;
      Object.keys(tiers).forEach(function (t) {
        var show = zoom >= TIER_ZOOM[t];
        tiers[t].forEach(function (m) {
          if (show && !labels.hasLayer(m)) labels.addLayer(m);
          else if (!show && labels.hasLayer(m)) labels.removeLayer(m);
        });
      });
    }
  });
})();
