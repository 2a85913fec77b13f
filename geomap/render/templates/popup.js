/* geomap incident popups: one page per incident of a stack marker, with the
 * analyst's review mark and the exact `geomap review` commands to copy.
 * Article text reaches the DOM only through textContent (GM.el). */
(function () {
  'use strict';
  var GM = window.geomap, el = GM.el, str = GM.str, table = GM.popupTable;

  /** Open a popup for incident rows (one page each); returns the popup. */
  // The pager is built once and stays in the document while it pages: a
  // button rebuilt mid-click is detached from the popup by the time the click
  // reaches the map, and Leaflet then takes it for a click on the map, which
  // closes the popup. Only the incident below the pager is replaced.
  GM.openIncidents = function (rows, latlng) {
    var I = GM.data.i, box = el('div', 'gm-stack'), body = el('div', 'gm-stack-page');
    var page = 0, popup = null, prev = null, next = null, label = null;
    if (rows.length > 1) {
      var bar = el('div', 'gm-pager');
      prev = el('button', null, '\u2039');
      next = el('button', null, '\u203a');
      label = el('span', null, '');
      prev.type = next.type = 'button';
      prev.onclick = function () { show(page - 1); };
      next.onclick = function () { show(page + 1); };
      L.DomEvent.disableClickPropagation(bar);
      bar.appendChild(prev);
      bar.appendChild(label);
      bar.appendChild(next);
      box.appendChild(bar);
    }
    box.appendChild(body);
    function show(k) {
      page = Math.max(0, Math.min(rows.length - 1, k));
      body.textContent = '';
      body.appendChild(GM.incidentPopup(rows[page]));
      if (label) {
        prev.disabled = page === 0;
        next.disabled = page === rows.length - 1;
        label.textContent = (page + 1) + ' of ' + rows.length + ' incidents here';
      }
      if (popup) popup.update();
    }
    show(0);
    if (!GM.texts) GM.loadTexts().then(function () { if (popup.isOpen()) show(page); });  // ids, notes
    popup = L.popup({ maxWidth: 380, minWidth: 280, className: 'gm-popup', autoPanPadding: [40, 40] })
      .setLatLng(latlng || [GM.lat(rows[0]), GM.lon(rows[0])])
      .setContent(box)
      .openOn(GM.map);
    return popup;
  };
  GM.openIncident = function (i) { return GM.openIncidents([i]); };
  GM.incidentPopup = function (i) {
    var D = GM.data, I = D.i, box = el('div', 'gm-incident'), opts = GM.opts;
    var type = str(I.et[i]), head = el('div', 'gm-popup-head');
    var chip = el('span', 'gm-chip', type || 'Unknown event type');
    chip.style.background = GM.colour(type);
    head.appendChild(chip);
    if (I.rv && I.rv[i]) head.appendChild(el('span', 'gm-reviewed', '\u2713 reviewed'));
    if (str(I.st[i])) head.appendChild(el('span', 'gm-subtype', str(I.st[i])));
    box.appendChild(head);
    var day = GM.day(i), toll = GM.toll(i), id = GM.text('id', i), notes = GM.text('nt', i);
    var date = day === null ? 'unknown' : GM.isoDay(day) + ' (' + (opts.datePrecision[I.dp[i]] || 'day') + ')';
    var actors = (D.actors[I.a1[i]] || '') + ' \u2192 ' + (str(I.a2[i]) || '\u2014');
    var place = [str(I.loc[i]), str(I.adm[i]), str(I.cc[i])].filter(Boolean).join(', ');
    var precision = opts.geoPrecision[I.gp[i]] || '';
    if (I.gp[i] > 1 && I.unc[i] > 0 && I.ar[i] < 0) precision += ', \u00b1' + I.unc[i] + ' km';
    box.appendChild(table([
      ['Date', date], ['Actors', actors],
      ['Fatalities', toll === null ? 'unknown' : toll],
      ['Place', place], ['Precision', precision]
    ]));
    if (notes) box.appendChild(el('blockquote', 'gm-notes', notes));
    box.appendChild(sourceLine(GM.title(i), GM.url(i), str(I.art[i])));
    if (I.rv && I.rv[i]) box.appendChild(el('div', 'gm-review-note', str(I.rvt[i])));
    box.appendChild(el('div', 'gm-id', id));
    if (id) box.appendChild(commands(id));
    return box;
  };
  function sourceLine(title, url, article) {
    var line = el('div', 'gm-source'), href = GM.safeUrl(url);
    line.appendChild(el('span', 'gm-source-label', 'Source: '));
    if (href) {
      var a = el('a', null, title || url);
      a.setAttribute('href', href);
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      line.appendChild(a);
    } else {
      line.appendChild(el('span', null, title || article || 'unknown'));
      if (url) line.appendChild(el('span', 'gm-url', ' ' + url));
    }
    if (article) line.appendChild(el('span', 'gm-article', ' [' + article + ']'));
    return line;
  }
  GM.sourceLine = sourceLine;

  /** The reject/move commands for incident ``id``, each selectable with a copy button. */
  function commands(id) {
    var box = el('details', 'gm-commands'), prefix = GM.data.cmd || 'geomap review';
    box.appendChild(el('summary', null, 'Correct this incident'));
    [
      prefix + ' reject ' + id + " --why '\u2026'",
      prefix + ' move ' + id + " --to GAZETTEER_ID --why '\u2026'"
    ].forEach(function (text) {
      var row = el('div', 'gm-command'), code = el('code', null, text);
      var copy = el('button', null, 'Copy');
      copy.type = 'button';
      copy.onclick = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        var done = function () { copy.textContent = 'Copied'; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () {});
        } else if (document.execCommand && document.execCommand('copy')) done();
      };
      row.appendChild(code);
      row.appendChild(copy);
      box.appendChild(row);
    });
    return box;
  }
  GM.reviewCommands = commands;
})();
