/* Bilingual search on top of Material's worker: keeps the page's language, rewrites queries and
   re-ranks results through kb-search-query.js (how and why: README, "Search quality"). */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, RESULT = 3;

  /* Language of an index entry: its first path segment when that is a language's folder. */
  function entryLang(location, langs, fallback) {
    var first = location.split("/")[0];
    return langs.indexOf(first) >= 0 ? first : fallback;
  }

  /* Keep only the entries of one language; the others are not searchable from this page.
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
  var kb = window.kbSearch = {
    scopeIndex: scopeIndex,
    scope: {
      lang: document.documentElement.getAttribute("lang") || "en",
      langs: (tag.dataset.langFolders || "").split(" ").filter(Boolean),
      fallback: tag.dataset.langDefault || "en",
      repo: tag.dataset.repoUrl || "",
      site: tag.dataset.siteUrl || location.href
    },
    query: null,  /* kb-search-query.js, once loaded */
    state: function () { return kb.query ? kb.query.state() : { query: null }; }
  };

  /* If kb-search-query.js cannot be loaded, queries still go out, only with Lunr's syntax removed. */
  var FALLBACK = {
    setIndex: function () {},
    cleanQuery: function (q) { return { words: [], text: q.replace(/[:~^+*"\-\\]+/g, " ") }; },
    onResult: function () {},
    state: function () { return { query: null }; }
  };

  var loading = null;
  function loadQuerySide(done) {
    if (kb.query) return done();
    if (!loading) {
      loading = [];
      var script = document.createElement("script");
      script.src = tag.src.replace(/kb-search\.js([?#].*)?$/, "kb-search-query.js");
      script.onload = script.onerror = function () {
        kb.query = window.kbSearchQuery || FALLBACK;
        Object.keys(kb.query).forEach(function (k) { if (!(k in kb)) kb[k] = kb.query[k]; });
        loading.forEach(function (fn) { fn(); });
      };
      document.head.appendChild(script);
    }
    loading.push(done);
  }

  function wrap(Base) {
    if (!Base || Base.__kb) return Base;
    var KbWorker = class extends Base {
      constructor(url, options) {
        super(url, options);
        var worker = this;
        /* The worker answers in order, one RESULT per QUERY. */
        this.__kb = { sent: [], waiting: null };
        this.addEventListener("message", function (ev) {
          if (!ev.data || ev.data.type !== RESULT) return;
          var done = worker.__kb.sent.shift();
          if (done) kb.query.onResult(done.query, done.words, ev.data.data);
          worker.__kbFlush();
        });
      }
      /* Send the waiting query when the worker is free and the query side is loaded. */
      __kbFlush() {
        var q = this.__kb.waiting;
        if (q === null || this.__kb.sent.length || !kb.query) return;
        this.__kb.waiting = null;
        var clean = kb.query.cleanQuery(q);
        this.__kb.sent.push({ query: q, words: clean.words });
        super.postMessage({ type: QUERY, data: clean.text });
      }
      postMessage(message) {
        var worker = this;
        if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
          var index = scopeIndex(message.data, kb.scope.lang, kb.scope.langs, kb.scope.fallback,
            (window.kbSearchSettings || {}).FIELD_BOOSTS);
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
