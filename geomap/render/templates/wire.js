/* geomap wire: reads the data block as geomap.render.wire writes it.  A packed
 * map's ids and notes (its deferred block) are read by a worker, off the
 * page's thread, while the map draws; the worker keeps the notes lower-cased
 * and answers note searches (GM.searchNotes), so neither reading a hundred MB
 * of notes nor scanning them holds up a pan or a filter.  Without a worker
 * the page does the same itself. */
(function () {
  'use strict';
  var GM = window.geomap = window.geomap || {};

  /** Decoding shared by the page and the worker (which runs this function's source). */
  function wireCodec() {
    var VIEWS = { 1: Int8Array, 2: Int16Array, 4: Int32Array };  // by bytes per value
    function padded(size) { return size + (4 - size % 4) % 4; }
    /** Base64 text → gunzipped bytes → the JSON header and where the columns start. */
    function unpack(text) {
      var bytes;
      text = text.trim();
      if (Uint8Array.fromBase64) bytes = Uint8Array.fromBase64(text);
      else {
        var bin = atob(text);
        bytes = new Uint8Array(bin.length);
        for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      }
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).arrayBuffer().then(function (buf) {
        var size = new DataView(buf).getUint32(0, true);
        var head = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, size)));
        return { head: head, buf: buf, offset: 4 + size };
      });
    }
    /** The main block: the header with its int8/16/32 columns as typed-array views. */
    function columns(u) {
      var data = u.head, offset = u.offset;
      data.bin.forEach(function (c) {  // [table, key, length, bytes per value]
        data[c[0]][c[1]] = new VIEWS[c[3]](u.buf, offset, c[2]);
        offset += c[3] * c[2];
      });
      delete data.bin;
      return data;
    }
    /** The deferred block: per column one string and its UTF-16 offsets, {table: {key: {text, off}}}. */
    function texts(u) {
      var out = {}, offset = u.offset, utf8 = new TextDecoder();
      u.head.text.forEach(function (c) {  // [table, key, rows, bytes, bytes per length]
        var lengths = new VIEWS[c[4]](u.buf, offset, c[2]), off = new Int32Array(c[2] + 1);
        for (var k = 0; k < c[2]; k++) off[k + 1] = off[k] + lengths[k];
        offset += padded(c[4] * c[2]);
        var text = utf8.decode(new Uint8Array(u.buf, offset, c[3]));
        offset += padded(c[3]);
        (out[c[0]] = out[c[0]] || {})[c[1]] = { text: text, off: off };
      });
      return out;
    }
    /** ``text`` lower-cased, or null where lower-casing changes its length (offsets would drift). */
    function lowered(text) {
      var low = text.toLowerCase();
      return low.length === text.length ? low : null;
    }
    /** Rows whose text contains ``q`` (lower-case): one scan of ``lower``, all rows joined. */
    function search(t, lower, q) {
      var off = t.off, n = off.length - 1, out = [], row = 0, pos;
      if (lower === null) {  // note by note
        for (row = 0; row < n; row++) if (t.text.slice(off[row], off[row + 1]).toLowerCase().indexOf(q) >= 0) out.push(row);
        return Int32Array.from(out);
      }
      pos = q ? lower.indexOf(q) : -1;
      while (pos >= 0) {
        while (off[row + 1] <= pos) row++;  // positions only grow: walk the rows along
        if (pos + q.length <= off[row + 1]) { out.push(row); pos = lower.indexOf(q, off[row + 1]); }
        else pos = lower.indexOf(q, pos + 1);  // ran into the next row's text
      }
      return Int32Array.from(out);
    }
    return { unpack: unpack, columns: columns, texts: texts, lowered: lowered, search: search };
  }
  var codec = wireCodec();

  /** The worker: reads the deferred block, posts the texts, then answers {query} with rows. */
  function textWorker(makeCodec) {
    var codec = makeCodec(), loaded = null, lower = null;
    self.onmessage = function (e) {
      var m = e.data;
      if (m.load !== undefined) {
        loaded = codec.unpack(m.load).then(codec.texts).then(function (t) {
          self.postMessage({ texts: t });
          if (t.i && t.i.nt) lower = codec.lowered(t.i.nt.text);
          return t;
        });
        loaded.catch(function (err) { self.postMessage({ error: String(err) }); });
        return;
      }
      loaded.then(function (t) {
        var rows = t.i && t.i.nt ? codec.search(t.i.nt, lower, m.query) : new Int32Array(0);
        self.postMessage({ query: m.query, rows: rows }, [rows.buffer]);
      });
    };
  }

  /** The data block: plain JSON, or packed: typed-array columns, never parsed. */
  GM.decode = function (node) {
    if (node.getAttribute('data-encoding') !== 'gzip+base64') {
      return Promise.resolve(JSON.parse(node.textContent));
    }
    return codec.unpack(node.textContent).then(codec.columns);
  };
  /** Strings of a plain block in the deferred block's form. */
  GM.joined = function (values) {
    var off = new Int32Array(values.length + 1);
    for (var k = 0; k < values.length; k++) off[k + 1] = off[k] + (values[k] || '').length;
    return { text: values.join(''), off: off };
  };

  var worker = null, loading = null, answers = {}, asked = {}, found = {}, lower = null;
  function viaWorker(node) {
    return new Promise(function (resolve, reject) {
      var source = '(' + textWorker + ')(' + wireCodec + ');';
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      worker.onerror = reject;
      worker.onmessage = function (e) {
        var m = e.data;
        if (m.texts) resolve(m.texts);
        else if (m.error) reject(new Error(m.error));
        else if (answers[m.query]) answers[m.query](m.rows);
      };
      worker.postMessage({ load: node.textContent });
    });
  }
  /** Read the deferred block (once); resolves with ``{id, nt}`` when ids and notes can be read. */
  GM.loadTexts = function () {
    if (loading) return loading;
    var node = GM.texts ? null : document.getElementById(GM.dataId + '-text');
    if (!node) return Promise.resolve(GM.texts);  // a plain block: the texts came with it
    loading = new Promise(function (resolve) { resolve(viaWorker(node)); }).catch(function () {
      worker = null;  // no worker here: read it on the page
      return codec.unpack(node.textContent).then(codec.texts);
    }).then(function (t) {
      GM.texts = t.i;
      GM.mark('texts');
      GM.fire('texts');
      return GM.texts;
    });
    return loading;
  };
  /** Who reads the deferred block: 'worker', or 'page' where no worker could start. */
  GM.textReader = function () { return worker ? 'worker' : 'page'; };
  /** Rows whose notes contain ``q`` (lower-case), once known (GM.searchNotes), else null. */
  GM.noteRows = function (q) { return found[q] || null; };
  /** Find the rows whose notes contain ``q``; resolves with them (an Int32Array). */
  GM.searchNotes = function (q) {
    if (found[q]) return Promise.resolve(found[q]);
    return GM.loadTexts().then(function (texts) {
      if (found[q]) return found[q];
      if (Object.keys(found).length > 16) found = {};  // keep the last few searches
      if (!texts || !texts.nt) return (found[q] = new Int32Array(0));
      if (!worker) {
        if (!lower || lower.of !== texts.nt) lower = { of: texts.nt, text: codec.lowered(texts.nt.text) };
        return (found[q] = codec.search(texts.nt, lower.text, q));
      }
      if (!asked[q]) {
        asked[q] = new Promise(function (resolve) { answers[q] = resolve; });
        worker.postMessage({ query: q });
      }
      return asked[q].then(function (rows) {
        delete asked[q];
        delete answers[q];
        return (found[q] = rows);
      });
    });
  };
  GM.text = function (key, i) {
    var t = GM.texts && GM.texts[key];
    return t ? t.text.slice(t.off[i], t.off[i + 1]) : '';
  };
})();
