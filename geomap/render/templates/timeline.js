/* geomap timeline: incidents per day (or week, or month, by the span) that pass
 * the filters, as a small histogram; dragging across it (the brush) sets the
 * date range, a click without a drag shows every date again. */
(function () {
  'use strict';
  var GM = window.geomap;
  var HEIGHT = 56, PAD = 2;

  /** Bin width in days for a span: day up to half a year, week up to four years, else 30 days. */
  GM.binDays = function (span) { return span <= 183 ? 1 : span <= 1461 ? 7 : 30; };

  GM.timelinePanel = function (box) {
    var canvas = box.querySelector('canvas'), label = box.querySelector('.gm-timeline-label');
    var ends = box.querySelectorAll('.gm-timeline-ends span'), ctx = canvas.getContext('2d');
    var bins = null, size = 1, start = 0, drag = null;
    var width = canvas.width;

    function count() {
      var D = GM.data, days = GM.dayCounts;  // per day, every filter but the dates (select.js)
      if (D.dmin === null) { bins = null; return; }
      size = GM.binDays(D.dmax - D.dmin + 1);
      start = D.dmin;
      bins = new Uint32Array(Math.floor((D.dmax - start) / size) + 1);
      for (var k = 0; k < days.length; k++) bins[Math.floor(k / size)] += days[k];
      ends[0].textContent = GM.isoDay(D.dmin);
      ends[1].textContent = GM.isoDay(D.dmax);
      label.textContent = 'Incidents per ' + (size === 1 ? 'day' : size === 7 ? 'week' : '30 days') +
        ' \u2014 drag to choose dates';
    }
    function x(bin) { return PAD + bin * (width - 2 * PAD) / bins.length; }
    function binAt(px) {
      var k = Math.floor((px - PAD) / ((width - 2 * PAD) / bins.length));
      return Math.max(0, Math.min(bins.length - 1, k));
    }
    function draw() {
      ctx.clearRect(0, 0, width, HEIGHT);
      if (!bins) return;
      var top = 1, r = GM.range;
      for (var k = 0; k < bins.length; k++) top = Math.max(top, bins[k]);
      var lo = r.from === null ? 0 : (r.from - start) / size, hi = r.to === null ? bins.length : (r.to - start + 1) / size;
      var w = Math.max(1, (width - 2 * PAD) / bins.length - (bins.length < 80 ? 1 : 0));
      for (k = 0; k < bins.length; k++) {
        if (!bins[k]) continue;
        var h = Math.max(1, Math.round((HEIGHT - 4) * Math.sqrt(bins[k] / top)));
        ctx.fillStyle = k + 1 > lo && k < hi ? '#455a64' : '#c5cdd2';
        ctx.fillRect(x(k), HEIGHT - h, w, h);
      }
      if (drag) {
        ctx.fillStyle = 'rgba(33, 113, 181, 0.25)';
        ctx.fillRect(Math.min(drag.a, drag.b), 0, Math.abs(drag.b - drag.a), HEIGHT);
      }
    }
    function local(e) {
      var rect = canvas.getBoundingClientRect();
      return (e.clientX - rect.left) * width / rect.width;
    }
    canvas.addEventListener('mousedown', function (e) {
      if (!bins) return;
      drag = { a: local(e), b: local(e) };
      e.preventDefault();
    });
    window.addEventListener('mousemove', function (e) {
      if (!drag) return;
      drag.b = local(e);
      draw();
    });
    window.addEventListener('mouseup', function () {
      if (!drag) return;
      var a = binAt(Math.min(drag.a, drag.b)), b = binAt(Math.max(drag.a, drag.b));
      var moved = Math.abs(drag.b - drag.a) > 3;
      drag = null;
      if (moved) GM.setRange(start + a * size, Math.min(GM.data.dmax, start + (b + 1) * size - 1), GM.range.undated);
      else GM.setRange(null, null, true);
    });
    GM.on('data filter', function () { count(); draw(); });
    GM.on('range', draw);
  };
})();
