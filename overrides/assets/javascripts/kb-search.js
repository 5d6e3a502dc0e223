/* Bilingual search on top of Material's worker: loads the page's language's index only, reads the
   error out of a paste, rewrites queries and re-ranks results through kb-search-query.js, and
   searches the other language when the reader's finds nothing (how and why: README, "Search
   quality"). */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, RESULT = 3;

  /* Language of an index entry: its first path segment when that is a language's folder. */
  function entryLang(location, langs, fallback) {
    var first = location.split("/")[0];
    return langs.indexOf(first) >= 0 ? first : fallback;
  }

  /* Keep only the entries of one language (the per-language index holds only those already; this
   * keeps a page working with a build that has only the joint index).
   * `boosts` (measurement only: window.kbSearchSettings.FIELD_BOOSTS, set by `kb search-report`
   * --set) replaces the field boosts of mkdocs.yml's `plugins: search: fields:`. */
  function scopeIndex(data, lang, langs, fallback, boosts) {
    var docs = data.docs.filter(function (doc) {
      return entryLang(doc.location, langs, fallback) === lang;
    });
    var config = data.config;
    if (boosts && config && config.fields) {
      var fields = {};
      Object.keys(config.fields).forEach(function (f) {
        fields[f] = f in boosts ? { boost: boosts[f] } : config.fields[f];
      });
      config = Object.assign({}, config, { fields: fields });
    }
    return Object.assign({}, data, { docs: docs, config: config });
  }

  /* Folders of the non-default languages and the default language, from overrides/main.html. */
  var tag = document.currentScript || { dataset: {}, src: "" };
  var assets = tag.src.replace(/kb-search\.js([?#].*)?$/, "");
  var base = assets.replace(/assets\/javascripts\/$/, "");
  var lang = document.documentElement.getAttribute("lang") || "en";
  var langs = (tag.dataset.langFolders || "").split(" ").filter(Boolean);
  var fallback = tag.dataset.langDefault || "en";
  var kb = window.kbSearch = {
    scopeIndex: scopeIndex,
    scope: {
      lang: lang, langs: langs, fallback: fallback,
      other: [fallback].concat(langs).filter(function (l) { return l !== lang; })[0] || null,
      repo: tag.dataset.repoUrl || "",
      site: tag.dataset.siteUrl || location.href,
      base: base
    },
    query: null,  /* kb-search-query.js, once loaded */
    paste: null,  /* the last paste into the box: {text, value} */
    state: function () { return kb.query ? kb.query.state() : { query: null }; }
  };

  /* -- each language's own index ------------------------------------------------------------------
   * Material loads search/search_index.json (both languages) with XMLHttpRequest, or on file://
   * search/search_index.js as a script. The build also writes search_index.<lang>.json / .js
   * (kb/build/search_index.py): the page asks for its own language's instead. */
  var INDEX_RE = /search\/search_index\.(json|js)([?#].*)?$/;
  function ownIndex(url) {
    return String(url).replace(INDEX_RE, function (_, ext, rest) {
      return "search/search_index." + lang + "." + ext + (rest || "");
    });
  }
  /* The index is loaded when the reader first turns to search (focuses the box, opens the search,
   * or follows a ?q= link), not while the page loads: parsing it and handing it to the worker were
   * the long tasks of a page's load (Lighthouse: total blocking time; README, "Search quality").
   * window.kbSearchSettings.LOAD_INDEX = "at-load" restores Material's timing (to measure it). */
  var settings = window.kbSearchSettings || {};
  var needed = settings.LOAD_INDEX === "at-load" || /[?&]q=/.test(location.search), waiting = [];
  function whenNeeded(fn) { if (needed) fn(); else waiting.push(fn); }
  function need() {
    if (needed) return;
    needed = true;
    waiting.splice(0).forEach(function (fn) { fn(); });
  }
  kb.load = need;
  document.addEventListener("focusin", function (ev) {
    if (ev.target && ev.target.matches && ev.target.matches("input[data-md-component=search-query]")) need();
  }, true);
  document.addEventListener("change", function (ev) {
    if (ev.target && ev.target.id === "__search" && ev.target.checked) need();
  }, true);
  document.addEventListener("pointerdown", function (ev) {
    if (ev.target && ev.target.closest && ev.target.closest("label[for=__search], .md-search")) need();
  }, true);

  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    this.__kbIndex = INDEX_RE.test(String(url));
    if (this.__kbIndex) args[1] = ownIndex(url);
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__kbIndex) return send.apply(xhr, args);
    whenNeeded(function () { send.apply(xhr, args); });
  };
  if (location.protocol === "file:" && document.head) {
    var append = document.head.appendChild;
    document.head.appendChild = function (node) {
      if (node && node.tagName === "SCRIPT" && INDEX_RE.test(node.src || "")) {
        node.src = ownIndex(node.src);
        var head = this;
        whenNeeded(function () { append.call(head, node); });
        return node;
      }
      return append.call(this, node);
    };
  }

  /* The other language's index, only when a query needs it (kb-search-query.js asks). */
  function loadIndex(which, done) {
    if (location.protocol === "file:") {
      var keep = window.__index, script = document.createElement("script");
      script.src = base + "search/search_index." + which + ".js";
      script.onload = function () {
        var data = window.__index;
        window.__index = keep;
        script.remove();
        done(data);
      };
      script.onerror = function () { script.remove(); done(null); };
      document.head.appendChild(script);
      return;
    }
    var xhr = new XMLHttpRequest();
    open.call(xhr, "GET", base + "search/search_index." + which + ".json");
    xhr.responseType = "json";
    xhr.onload = function () { done(xhr.status >= 200 && xhr.status < 300 ? xhr.response : null); };
    xhr.onerror = function () { done(null); };
    xhr.send();
  }

  /* If kb-search-query.js cannot be loaded, queries still go out, only with Lunr's syntax removed. */
  var FALLBACK = {
    setIndex: function () {},
    cleanQuery: function (q) { return { words: [], text: q.replace(/[:~^+*"\-\\]+/g, " ") }; },
    onResult: function () {},
    state: function () { return { query: null }; }
  };

  function loadScript(name, done) {
    var script = document.createElement("script");
    script.src = assets + name;
    script.onload = script.onerror = done;
    document.head.appendChild(script);
  }

  var loading = null;
  function loadQuerySide(done) {
    if (kb.query) return done();
    if (!loading) {
      loading = [];
      loadScript("kb-extract.js", function () {
        loadScript("kb-search-query.js", function () {
          kb.query = window.kbSearchQuery || FALLBACK;
          Object.keys(kb.query).forEach(function (k) { if (!(k in kb)) kb[k] = kb.query[k]; });
          loading.forEach(function (fn) { fn(); });
        });
      });
    }
    loading.push(done);
  }

  /* -- the search box: pastes, and text that arrives without a key ----------------------------------
   * The <input> drops a paste's line breaks: the paste event's own text is kept (kb.paste) and
   * searched instead while the box holds what the paste put there. Material searches on keyup
   * only; a phone's long-press paste (or any insertion while no key is down) fires `input` alone,
   * so such an `input` is followed by a keyup of our own. */
  var keysDown = new Set();
  window.addEventListener("keydown", function (ev) { if (ev.isTrusted) keysDown.add(ev.code || ev.key); }, true);
  window.addEventListener("keyup", function (ev) { if (ev.isTrusted) keysDown.delete(ev.code || ev.key); }, true);
  window.addEventListener("blur", function () { keysDown.clear(); });
  function watchBox() {
    var box = document.querySelector("input[data-md-component=search-query]");
    if (!box || box.__kb) return;
    box.__kb = true;
    var pending = null;
    box.addEventListener("paste", function (ev) {
      var text = ev.clipboardData && ev.clipboardData.getData("text/plain");
      pending = text || null;
    }, true);
    box.addEventListener("input", function (ev) {
      if (pending !== null) {
        kb.paste = { text: pending, value: box.value };
        pending = null;
      }
      if (ev.isComposing || keysDown.size) return;
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, key: "Unidentified" }));
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchBox);
  else watchBox();

  /* What the reader put in the box: the paste's own text while the box holds what it pasted. */
  function rawQuery(value) {
    var p = kb.paste;
    return p && p.value === value ? p.text : value;
  }

  var first = null;  /* the page's own worker: its script, options and SETUP message */
  var other = null;  /* the other language's worker, created on first need */

  /* Search the other language's index (kb-search-query.js decides when): done(items, index) or
   * done(null) when that language's index cannot be loaded. */
  kb.searchOther = function (raw, done) {
    /* Not on file://: the iframe-worker shim that runs the worker there takes over the window's
     * onmessage for its newest worker, so a second one would silence the page's own search.
     * kb-search-query.js links to the other language's search instead. */
    if (!first || !kb.scope.other || location.protocol === "file:") return done(null);
    if (!other) {
      other = { worker: null, index: null, queue: [], sent: [], failed: false };
      loadIndex(kb.scope.other, function (data) {
        if (!data || !Array.isArray(data.docs)) {
          other.failed = true;
        } else {
          other.index = scopeIndex(data, kb.scope.other, langs, fallback, (window.kbSearchSettings || {}).FIELD_BOOSTS);
          other.worker = new first.Base(first.url, first.options);
          other.worker.addEventListener("message", function (ev) {
            if (!ev.data || ev.data.type !== RESULT) return;
            var cb = other.sent.shift();
            if (cb) cb((ev.data.data && ev.data.data.items) || [], other.index);
          });
          other.worker.postMessage({ type: SETUP, data: Object.assign({}, first.setup, { docs: other.index.docs, config: other.index.config }) });
        }
        var queue = other.queue;
        other.queue = [];
        queue.forEach(function (q) { kb.searchOther(q[0], q[1]); });
      });
    }
    if (other.failed) return done(null);
    if (!other.worker) return other.queue.push([raw, done]);
    var clean = kb.query.cleanQuery(raw, raw, kb.scope.other, other.index);
    other.sent.push(function (items, index) { done(items, index, clean); });
    other.worker.postMessage({ type: QUERY, data: clean.text });
  };

  function wrap(Base) {
    if (!Base || Base.__kb) return Base;
    var KbWorker = class extends Base {
      constructor(url, options) {
        super(url, options);
        var worker = this;
        if (!first) first = { Base: Base, url: url, options: options, setup: null };
        /* The worker answers in order, one RESULT per QUERY. */
        this.__kb = { sent: [], waiting: null };
        this.addEventListener("message", function (ev) {
          if (!ev.data || ev.data.type !== RESULT) return;
          var done = worker.__kb.sent.shift();
          if (done) kb.query.onResult(done.query, done.words, ev.data.data, done.clean);
          worker.__kbFlush();
        });
      }
      /* Send the waiting query when the worker is free and the query side is loaded. */
      __kbFlush() {
        var q = this.__kb.waiting;
        if (q === null || this.__kb.sent.length || !kb.query) return;
        this.__kb.waiting = null;
        var clean = kb.query.cleanQuery(q, rawQuery(q));
        this.__kb.sent.push({ query: q, words: clean.words, clean: clean });
        super.postMessage({ type: QUERY, data: clean.text });
      }
      postMessage(message) {
        var worker = this;
        if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
          var index = scopeIndex(message.data, kb.scope.lang, kb.scope.langs, kb.scope.fallback,
            (window.kbSearchSettings || {}).FIELD_BOOSTS);
          if (first && !first.setup) first.setup = Object.assign({}, message.data, { docs: [] });
          loadQuerySide(function () { kb.query.setIndex(index); worker.__kbFlush(); });
          return super.postMessage({ type: SETUP, data: index });
        }
        if (message && message.type === QUERY && typeof message.data === "string") {
          this.__kb.waiting = message.data;
          return this.__kbFlush();
        }
        return super.postMessage.apply(this, arguments);
      }
    };
    KbWorker.__kb = true;
    return KbWorker;
  }

  window.Worker = wrap(window.Worker);
})();
