/* geomap mentioned-places layer: every place an article names (not only where
 * an incident happened), styled by role. Built on first display, since it is
 * off by default. */
(function () {
  'use strict';
  var GM = window.geomap;

  GM.PlacesLayer = L.Layer.extend({
    initialize: function (roleColours) {
      this.roleColours = roleColours;
      this.group = null;
    },
    onAdd: function (map) {
      if (!this.group) this.group = this.build();
      this.group.addTo(map);
    },
    onRemove: function () { if (this.group) this.group.remove(); },
    count: function () { return this.group && this._map ? this.group.getLayers().length : 0; },
    build: function () {
      var P = GM.data.p, group = L.featureGroup(), self = this;
      for (var i = 0; i < P.lat.length; i++) {
        var colour = this.roleColours[GM.str(P.ro[i])] || '#525252';
        var m = L.circleMarker([P.lat[i], P.lon[i]], {
          renderer: GM.renderer, radius: 4.5, color: colour, weight: 2,
          fillColor: colour, fillOpacity: 0.25
        });
        m.gmPlace = i;
        group.addLayer(m);
      }
      group.on('click', function (e) { self.open(e.layer.gmPlace, e.latlng); });
      return group;
    },
    open: function (i, latlng) {
      var P = GM.data.p, box = GM.el('div', 'gm-place');
      var role = GM.str(P.ro[i]) || 'mentioned';
      var head = GM.el('div', 'gm-popup-head');
      var chip = GM.el('span', 'gm-chip', role);
      chip.style.background = this.roleColours[role] || '#525252';
      head.appendChild(chip);
      head.appendChild(GM.el('span', 'gm-subtype', 'mentioned place'));
      box.appendChild(head);
      box.appendChild(GM.popupTable([
        ['As written', GM.str(P.nm[i])], ['Place', GM.str(P.pn[i])],
        ['Type', GM.str(P.ft[i])], ['Country', GM.str(P.cc[i])], ['Role', role]
      ]));
      if (GM.str(P.se[i])) box.appendChild(GM.el('blockquote', 'gm-notes', GM.str(P.se[i])));
      box.appendChild(GM.sourceLine('', '', GM.str(P.art[i])));
      L.popup({ maxWidth: 360, minWidth: 240, className: 'gm-popup' })
        .setLatLng(latlng || [P.lat[i], P.lon[i]]).setContent(box).openOn(GM.map);
    }
  });
})();
