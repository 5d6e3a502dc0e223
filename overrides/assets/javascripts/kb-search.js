/* Search for a bilingual troubleshooting site, on top of Material's own search worker.
 *
 * Loaded before Material's bundle (overrides/main.html). It wraps postMessage of the search worker
 * (a real Worker over http, the iframe-worker shim on file://) and changes two messages:
 *
 * 1. SETUP (the whole index): keep only the entries of the page's language. static-i18n merges all
 *    languages into one index; without this a Chinese page answers with English pages too.
 * 2. QUERY (what the reader typed): make a pasted error line a plain list of words. Lunr reads
 *    `word:` as a field name and drops the word (every `SomeError:`), a `~` or `^` followed by
 *    anything but digits makes the whole query invalid (no results at all), quotes make every
 *    word mandatory and a leading `-` excludes a word. None of that is wanted when someone pastes
 *    `OSError: Can't load ... '~/.cache/huggingface'`. Han and Latin runs that touch
 *    (`遇到了RuntimeError`) are split so that both halves are searched. Long pasted lines are
 *    matched word for word (see cleanQuery).
 *
 * The message shapes are Material 9.x's (SearchMessageType SETUP = 0, QUERY = 2); the browser test
 * tests/test_search.py fails if they change, because the results would mix languages again.
 */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2;
  var HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";

  /* Language of an index entry: its first path segment when that is a language's folder. */
  function entryLang(location, langs, fallback) {
    var first = location.split("/")[0];
    return langs.indexOf(first) >= 0 ? first : fallback;
  }

  /* Keep only the entries of one language; the others are not searchable from this page. */
  function scopeIndex(data, lang, langs, fallback) {
    var docs = data.docs.filter(function (doc) {
      return entryLang(doc.location, langs, fallback) === lang;
    });
    return Object.assign({}, data, { docs: docs });
  }

  /* A pasted line becomes plain words; Lunr's query syntax is neutralised. Material appends a
   * prefix wildcard to every word; in a long pasted line that lets `t` (from `t >= 0`), `0` or
   * `out` match half the vocabulary and the longest section wins. So: words of one Latin
   * character and bare numbers (sizes, line numbers, thread ids) are dropped, and from three words
   * on, every word but the last (the one being typed) must match exactly ("^1" is a neutral boost
   * that stops Material from adding the wildcard). */
  var HAN_RE = new RegExp("[" + HAN + "]");
  var HAN_RUN = new RegExp("[" + HAN + "]+", "g");
  var JOIN_RE = new RegExp("([" + HAN + "])(?=[^\\s" + HAN + "])|([^\\s" + HAN + "])(?=[" + HAN + "])", "g");
  function cleanQuery(query) {
    var words = query
      .replace(JOIN_RE, "$1$2 ")
      .replace(/[:~^+*"\-\\]+/g, " ")
      .trim().split(/\s+/)
      .filter(function (w) { return w.length > 1 || HAN_RE.test(w); })
      .filter(function (w) { return !/^[\d.,;()\[\]{}<>=\/]+$/.test(w); });
    /* Material segments a Han run greedily against the index, but never tries a word that ends
     * at the last character of the run (its loop stops one short), so 显存不足 is searched as
     * 显存 only and 不足 is lost. A trailing 〇 (U+3007, a Han character the pages do not use)
     * lets the real last word be found; the 〇 itself matches no index word and is dropped. */
    words = words.map(function (w) { return w.replace(HAN_RUN, "$&\u3007"); });
    if (words.length >= 3)
      words = words.map(function (w, i) { return i < words.length - 1 ? w + "^1" : w; });
    return words.join(" ");
  }

  /* Folders of the non-default languages and the default language, from overrides/main.html. */
  var tag = document.currentScript || {dataset: {}};
  var scope = {
    lang: document.documentElement.getAttribute("lang") || "en",
    langs: (tag.dataset.langFolders || "").split(" ").filter(Boolean),
    fallback: tag.dataset.langDefault || "en"
  };

  function wrap(Type) {
    if (!Type || !Type.prototype || Type.prototype.postMessage.__kb) return;
    var post = Type.prototype.postMessage;
    Type.prototype.postMessage = function (message) {
      var args = Array.prototype.slice.call(arguments);
      if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
        args[0] = { type: SETUP, data: scopeIndex(message.data, scope.lang, scope.langs, scope.fallback) };
      } else if (message && message.type === QUERY && typeof message.data === "string") {
        args[0] = { type: QUERY, data: cleanQuery(message.data) };
      }
      return post.apply(this, args);
    };
    Type.prototype.postMessage.__kb = true;
  }

  wrap(window.Worker);         /* on file://, the iframe-worker shim has replaced Worker */
  wrap(window.IFrameWorker);
  window.kbSearch = { scopeIndex: scopeIndex, cleanQuery: cleanQuery, scope: scope };
})();
