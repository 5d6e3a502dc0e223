/* The query side of this site's search, loaded by kb-search.js when the search index is set up
 * (not on the critical path of the page: no page waits for it). kb-search.js hands it every query
 * and every result of Material's search worker:
 *
 * - cleanQuery: what the reader typed becomes a plain list of words.
 *   - It is cut with the index's own separator, so Lunr's query syntax (`OSError:` read as a
 *     field, `~` and `^` that make the query invalid, quotes that make words mandatory, a leading
 *     `-` that excludes a word) is gone, and a pasted line is searched word for word.
 *   - A run of Han characters is cut into the words the index holds, wherever they sit in it
 *     (segmentHan): Material's own segmenter matches greedily from the first character and loses
 *     the words of a question that does not start with an indexed word (我不知道哪个标签越界了).
 *   - The work per query is bounded: the first MAX_QUERY_CHARS characters, at most MAX_TERMS words.
 * - onResult: pages are re-ranked by how much of the query they match (rerank), and when the best
 *   page matches too little (noPageFits) the "no page fits yet" notice is shown above the
 *   results, in the page's language (noticeBox puts it into Material's search results; no page
 *   carries it in its HTML), with links that search the Hugging Face forum and the Transformers
 *   issues for the message and one that opens a prefilled "ask for a page" issue in this project's
 *   repository (repo_url). Links only: nothing is loaded from another host.
 */
(function () {
  "use strict";

  /* ---------------------------------------------------------------------------------------------
   * Tuning constants, measured with `kb search-report` (README, "Search quality") twice on
   * 2026-11-23: first with the 7 pages per language of the time (26 en + 10 zh dev queries, 17 en
   * + 28 zh own cases, 24 `none` queries), then with the 37 pages per language of main at c69f3c5
   * ("full": 60 en + 29 zh dev queries, 121 en + 106 zh own cases, 20 `none` queries). The values
   * are the full set's best. Re-measure when pages are added: `kb search-report --set NAME=VALUE`
   * tries another value without editing this file (it sets window.kbSearchSettings before the page
   * loads), `--dump` keeps every answer's coverage for the "no page fits" threshold.
   * ------------------------------------------------------------------------------------------- */
  var SETTINGS = {
    /* How a run of Han characters becomes words. "fmm": forward maximum matching over the index's
     * words, skipping characters no word starts with. Full set, zh recall@1 dev / own: fmm 0.931 /
     * 0.991, "bmm" (backward) 0.931 / 0.981, "intl" (the browser's Intl.Segmenter, words the index
     * lacks cut again by fmm) 0.931 / 0.981, "material" (Material's own greedy segmenter, the state
     * before issue 18) 0.897 / 0.906 with recall@3 0.90 / 0.94; "bimm" (the better of fmm and bmm)
     * tied with fmm at 7 pages. fmm also agrees best with jieba's cut of the 124 Han runs of the
     * Chinese queries (F1 0.895; bmm 0.876, intl 0.825). */
    SEGMENTER: "fmm",
    /* Only the start of a long paste is searched: its first MAX_QUERY_CHARS characters, and of
     * their words at most MAX_TERMS (see KEEP_RARE). Full set: 24 words rank one more English dev
     * query first than 16 (OSError: Can't load tokenizer for 'bert-base-uncased' ...); at 7 pages
     * 16 was one better. 300 or 600 characters: the same. A 5,000-character paste is searched in
     * about 0.1 s instead of 23 s. */
    MAX_QUERY_CHARS: 600,
    MAX_TERMS: 24,
    /* Over MAX_TERMS words, keep the rarest rather than the first (the word that names the problem
     * often ends a long message). false: English dev recall@1 0.962 instead of 1.000 at 7 pages. */
    KEEP_RARE: true,
    /* Pages are re-ranked by how much of the query they match (see rerank); 0 keeps Material's
     * order. Full set, 0: recall@1 en dev 0.934 / own 0.950, zh own 0.953, instead of 0.951 /
     * 0.975 / 0.991 (2: the same as 1). At 7 pages, 0 cost en dev 0.077 and zh dev 0.300. */
    RERANK_POWER: 1,
    /* Sections shown per page (see trimSections); 0 shows all, as Material does. Full set: 3 brings
     * the median keystroke-to-results time from 38-41 ms to 29-30 ms (6: 37 ms), recall unchanged. */
    MAX_SECTIONS: 3,
    /* A Chinese word found on at least this share of the language's pages (报错, 模型, 加载 ...) is
     * left out of the query, unless it is the only word: it says nothing about which page fits.
     * No measured difference at 7 or 37 pages (off: 1.1). */
    COMMON_WORD_SHARE: 0.75,
    /* Han words keep Material's prefix wildcard in long queries too (标签 also finds the tag
     * 标签越界). No measured difference at 7 pages. */
    HAN_PREFIX: true,
    /* "No page fits yet": shown when the best page matches less than this share of the query's
     * words, weighted by how rare each word is among the pages (see coverage) ... Full set, shown
     * for `none` / covered queries (both languages): 0.50-0.52: 16/20 / 14/316, 0.54: 17/20 (85%) /
     * 15/316 (4.7%; en 13/15 and 7/181, zh 4/5 and 8/135), 0.56: 17/20 / 19/316, 0.60: 18/20 /
     * 23/316. The best value falls as pages are added (7 pages: 0.58, 90% / 3.7%). Re-checked
     * with all 39 pages (main at 5891350): 0.54 is still the best, 17/20 (85%) / 17/346 (4.9%),
     * 0.52: 15/20 / 15/346, 0.56: 17/20 / 21/346. */
    NOFIT_MIN_COVERAGE: 0.54,
    /* ... where all words that no page holds weigh as much as this many very rare words together
     * (best on both sets; full set, within 5% of covered: 1: 80% / 4.7% at 0.54, 2: 85% / 4.7%
     * at 0.54, 3 or unbounded: 80% / 4.4-4.7% at 0.50-0.52) ... */
    UNKNOWN_WORDS: 2,
    /* ... and only for a query of at least this many characters (not while the first letters of a
     * word are typed). */
    NOFIT_MIN_CHARS: 4,
    /* A page whose front matter signature matches the pasted error line (kb-extract.js) goes first
     * and the notice is not shown. false: full-text ranking only (to measure the difference). */
    SIGNATURE_FIRST: true,
    /* When nothing in the reader's language fits, the other language's index is searched and up to
     * this many of its pages are listed, labelled (0: never). */
    OTHER_LANGUAGE_PAGES: 5,
    /* ... English pages are asked for a query from a Chinese page only when at most this share of
     * its characters are Han ("tensorboard 打开后看不到训练曲线" found "tensorboard" alone there). */
    OTHER_LANGUAGE_MAX_HAN: 0.1,
    /* The message put into the forum and GitHub search links: GitHub search takes at most 256. */
    LINK_QUERY_CHARS: 256,
    /* The message quoted in a prefilled "ask for a page" issue (the URL stays well under 8 KB). */
    ISSUE_QUERY_CHARS: 2000
  };
  var overrides = window.kbSearchSettings || {};
  Object.keys(overrides).forEach(function (k) { if (k in SETTINGS) SETTINGS[k] = overrides[k]; });

  var HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  var HAN_RE = new RegExp("[" + HAN + "]");
  var HAN_ONLY = new RegExp("^[" + HAN + "]+$");
  var HAN_OR_NOT = new RegExp("[" + HAN + "]+|[^" + HAN + "]+", "g");
  /* Material's default separator for this site's languages, until the index brings its own. */
  var DEFAULT_SEPARATOR = "[\\s\\u200b\\u3000\\-_,:;!?'\"`()\\[\\]{}<>/\\\\|=@#$%&*+~^、。，．？！；：“”‘’（）【】《》「」『』…—]+|\\.(?!\\d)";
  /* The stop words of lunr-languages' lunr.zh (MIT), which Material's worker drops from the index
   * and from every query: a query word among them can never match. */
  var ZH_STOP = ("的 一 不 在 人 有 是 为 為 以 于 於 上 他 而 后 後 之 来 來 及 了 因 下 可 到 由 这 這 与 與 也 此 但 并 並 个 個 其 已 " +
    "无 無 小 我 们 們 起 最 再 今 去 好 只 又 或 很 亦 某 把 那 你 乃 它 吧 被 比 别 趁 当 當 从 從 得 打 凡 儿 兒 尔 爾 该 該 各 给 給 " +
    "跟 和 何 还 還 即 几 幾 既 看 据 據 距 靠 啦 另 么 麽 每 嘛 拿 哪 您 凭 憑 且 却 卻 让 讓 仍 啥 如 若 使 谁 誰 虽 雖 随 隨 同 所 她 " +
    "哇 嗡 往 些 向 沿 哟 喲 用 咱 则 則 怎 曾 至 致 着 著 诸 諸 自").split(" ");

  /* Chinese question words: they say how a reader asks, not what about, and the pages rarely hold
   * them, so they would count as rare unmatched words. (Lunr's English stop words drop how, why,
   * what, when, which ... the same way.) */
  var ZH_QUESTION = new Set(("请问 请 请教 求助 为什么 为何 怎么 怎么办 怎么回事 怎样 如何 什么 哪个 哪些 哪里 时候 " +
    "一下 问题 大佬 帮忙 解决 是不是 能不能 可不可以 吗 呢 啊").split(" "));

  /* -- the index's words ------------------------------------------------------------------------- */

  /* The words of the scoped index and on how many pages each occurs (built on first use, from the
   * same fields and with the same separator the worker indexes). */
  function buildLexicon(docs, separator) {
    var sep = new RegExp(separator);
    var stop = new Set(ZH_STOP);
    var pagesOf = new Map(), pages = new Set(), maxLen = 1;
    docs.forEach(function (doc) {
      var page = doc.location.split("#")[0];
      pages.add(page);
      var text = [doc.title, doc.text].concat(doc.tags || [], doc.signatures || [], doc.nav_title || [])
        .join(" ").replace(/<[^>]*>/g, " ");
      text.split(sep).forEach(function (word) {
        if (!word) return;
        word = word.toLowerCase();
        if (stop.has(word)) return;
        var seen = pagesOf.get(word);
        if (!seen) pagesOf.set(word, seen = new Set());
        seen.add(page);
        if (HAN_ONLY.test(word) && word.length > maxLen) maxLen = word.length;
      });
    });
    var df = new Map();
    pagesOf.forEach(function (set, word) { df.set(word, set.size); });
    return { df: df, pages: pages.size || 1, maxLen: Math.min(maxLen, 16) };
  }

  /* -- the query ---------------------------------------------------------------------------------- */

  /* Forward maximum matching: at each character the longest index word that starts there; a
   * character no index word starts with is skipped. */
  function forwardMatch(run, lex) {
    var out = [];
    for (var i = 0; i < run.length;) {
      var hit = 0;
      for (var n = Math.min(lex.maxLen, run.length - i); n > 0 && !hit; n--)
        if (lex.df.has(run.substr(i, n))) hit = n;
      if (hit) out.push(run.substr(i, hit));
      i += hit || 1;
    }
    return out;
  }

  /* Backward maximum matching: the same from the end of the run. */
  function backwardMatch(run, lex) {
    var out = [];
    for (var j = run.length; j > 0;) {
      var hit = 0;
      for (var n = Math.min(lex.maxLen, j); n > 0 && !hit; n--)
        if (lex.df.has(run.substr(j - n, n))) hit = n;
      if (hit) out.unshift(run.substr(j - hit, hit));
      j -= hit || 1;
    }
    return out;
  }

  var intlSegmenter = null;
  function segmentHan(run, lex, how) {
    switch (how) {
      case "bmm":
        return backwardMatch(run, lex);
      case "bimm": {
        var f = forwardMatch(run, lex), b = backwardMatch(run, lex);
        var covered = function (ws) { return ws.join("").length; };
        var singles = function (ws) { return ws.filter(function (w) { return w.length === 1; }).length; };
        if (covered(f) !== covered(b)) return covered(f) > covered(b) ? f : b;
        if (f.length !== b.length) return f.length < b.length ? f : b;
        return singles(f) < singles(b) ? f : b;
      }
      case "intl": {
        if (!intlSegmenter && window.Intl && Intl.Segmenter)
          intlSegmenter = new Intl.Segmenter("zh", { granularity: "word" });
        if (!intlSegmenter) return forwardMatch(run, lex);
        var words = [];
        for (var s of intlSegmenter.segment(run)) {
          if (lex.df.has(s.segment)) words.push(s.segment);
          else words.push.apply(words, forwardMatch(s.segment, lex));
        }
        return words;
      }
      default:
        return forwardMatch(run, lex);
    }
  }

  /* What the reader typed -> the words sent to the worker (see the header). Returns the words;
   * Material's syntax is added by toWorkerQuery. */
  function queryWords(query, lex, separator) {
    var text = query.slice(0, SETTINGS.MAX_QUERY_CHARS);
    var sep = new RegExp(separator || DEFAULT_SEPARATOR);
    var stop = new Set(ZH_STOP);
    var words = [], seen = new Set();
    function add(word) {
      var key = word.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      words.push(word);
    }
    text.split(sep).some(function (token) {
      (token.match(HAN_OR_NOT) || []).forEach(function (part) {
        if (!HAN_RE.test(part)) {
          /* one-letter words and bare numbers (sizes, line numbers, thread ids) match everything */
          if (part.length > 1 && !/^[\d.,]+$/.test(part)) add(part);
        } else if (SETTINGS.SEGMENTER === "material" || !lex) {
          add(part);
        } else {
          segmentHan(part, lex, SETTINGS.SEGMENTER).forEach(function (w) { if (!stop.has(w)) add(w); });
        }
      });
      return words.length >= SETTINGS.MAX_TERMS * 2;
    });
    if (lex && SETTINGS.SEGMENTER !== "material") {
      var common = words.filter(function (w) {
        return HAN_ONLY.test(w) && (ZH_QUESTION.has(w) || (lex.df.get(w) || 0) / lex.pages >= SETTINGS.COMMON_WORD_SHARE);
      });
      if (common.length < words.length)
        words = words.filter(function (w) { return common.indexOf(w) < 0; });
    }
    if (words.length <= SETTINGS.MAX_TERMS) return words;
    if (!lex || !SETTINGS.KEEP_RARE) return words.slice(0, SETTINGS.MAX_TERMS);
    /* Too many words: keep the rarest (a word no page holds counts as rarest), in their order. */
    var rank = words.map(function (w, i) { return { i: i, df: lex.df.get(w.toLowerCase()) || 0 }; })
      .sort(function (a, b) { return a.df - b.df || a.i - b.i; })
      .slice(0, SETTINGS.MAX_TERMS)
      .map(function (r) { return r.i; })
      .sort(function (a, b) { return a - b; });
    return rank.map(function (i) { return words[i]; });
  }

  /* Words -> Material's query string. Material appends a prefix wildcard to every word; in a long
   * pasted line that lets a short word match half the vocabulary and the longest section wins.
   * So from three words on, every word but the last (the one being typed) must match exactly
   * ("^1" is a neutral boost that stops Material from adding the wildcard). Material also cuts
   * every Han run again with its own segmenter, which never tries a word that ends at the run's
   * last character: a trailing 〇 (U+3007, a Han character no page uses) keeps a word whole. */
  function toWorkerQuery(words) {
    return words.map(function (w, i) {
      var han = HAN_RE.test(w);
      if (han) w += "\u3007";
      if (han && SETTINGS.HAN_PREFIX) return w;
      return words.length >= 3 && i < words.length - 1 ? w + "^1" : w;
    }).join(" ");
  }

  /* -- "no page fits yet" --------------------------------------------------------------------- */

  /* The share of the query's words that a page matches, each word weighted by how rare it is
   * among the language's pages: a word on n of N pages weighs log(1 + N / (1 + n)). A word on no
   * page at all is either noise (a model name, an id, a typo) or the very subject no page covers
   * (lora, peft, wandb): together such words weigh UNKNOWN_WORDS words of weight log(1 + N),
   * however many there are; one that holds a digit (7b, 12gb, v0.2, a request id) weighs nothing.
   * `terms` is Material's analysis of one result group (word -> matched on that page); Material
   * leaves out unmatched stop words. */
  function coverage(terms, lex) {
    var words = Object.keys(terms);
    if (!words.length) return 0;
    var pages = lex ? lex.pages : 1;
    var df = function (w) { return lex ? lex.df.get(w) || 0 : 1; };
    var unknown = words.filter(function (w) { return !df(w) && !/\d/.test(w); }).length;
    var total = 0, matched = 0;
    words.forEach(function (w) {
      var n = df(w), weight;
      if (n) weight = Math.log(1 + pages / (1 + n));
      else if (/\d/.test(w)) weight = 0;
      else weight = Math.log(1 + pages) * Math.min(unknown, SETTINGS.UNKNOWN_WORDS) / unknown;
      total += weight;
      if (terms[w]) matched += weight;
    });
    return total ? matched / total : 0;
  }

  /* Material's result: items = one list of sections per page, best page first. */
  function groupTerms(group) {
    var terms = {};
    (group || []).forEach(function (item) {
      Object.keys(item.terms || {}).forEach(function (t) { terms[t] = terms[t] || !!item.terms[t]; });
    });
    return terms;
  }

  function noPageFits(query, items, lex) {
    if (query.trim().length < SETTINGS.NOFIT_MIN_CHARS) return false;
    if (!items.length) return true;
    return coverage(groupTerms(items[0]), lex) < SETTINGS.NOFIT_MIN_COVERAGE;
  }

  function shorten(text, max) {
    text = text.replace(/\s+/g, " ").trim();
    if (text.length <= max) return text;
    var cut = text.slice(0, max), space = cut.lastIndexOf(" ");
    return space > max / 2 ? cut.slice(0, space) : cut;
  }

  /* A result title as text (Material marks the matches; an inert document loads nothing). */
  function plain(html) {
    var text = new DOMParser().parseFromString(html, "text/html").body.textContent;
    return text.replace(/\u200b/g, "").replace(/\s+/g, " ").trim();
  }

  /* The notice, in the page's language. Material's Enter key opens the result link whose first
   * child element has the highest data-md-score: the notice's links carry -1, so a real result
   * always wins. */
  var NOTICE = {
    en: {
      lead: "No page covers this error yet.", rest: "Search for the message elsewhere, or ask for a page about it:",
      forum: "Search the Hugging Face forum", issues: "Search the Transformers issues on GitHub",
      ask: "Ask for a page (opens a prefilled GitHub issue)",
      title: "Page request: ", body: "I searched for this message and no page fits:",
      language: "Page language: ", top: "Top results:", none: "(none)"
    },
    zh: {
      lead: "还没有页面讲这个报错。", rest: "可以到下面搜索这条报错，或者请我们补上一页：",
      forum: "在 Hugging Face 论坛搜索", issues: "在 GitHub 上搜索 Transformers 的 issue",
      ask: "请求新增一页（在 GitHub 上新建 issue，内容已填好）",
      title: "请求新页面：", body: "我搜索了下面的报错，没有找到合适的页面：",
      language: "页面语言：", top: "排在前面的结果：", none: "（没有结果）"
    }
  };

  /* The notice's place: between Material's result count and its result list (neither the first
   * nor the last child: Material finds the count and the list as those). A status region, there
   * from the start, so that screen readers announce the notice when it appears. */
  function noticeBox() {
    var box = document.querySelector("[data-kb-nofit]");
    var result = document.querySelector("[data-md-component=search-result]");
    if (box || !result || !result.firstElementChild) return box;
    var text = NOTICE[window.kbSearch.scope.lang] || NOTICE.en;
    box = document.createElement("div");
    box.className = "kb-nofit";
    box.setAttribute("role", "status");
    box.setAttribute("data-kb-nofit", "");
    var body = document.createElement("div");
    body.className = "kb-nofit__body";
    body.setAttribute("data-kb-nofit-body", "");
    body.hidden = true;
    var p = document.createElement("p"), strong = document.createElement("strong");
    strong.textContent = text.lead;
    p.append(strong, " " + text.rest);
    var ul = document.createElement("ul");
    /* Real addresses from the start (Lighthouse: crawlable anchors); showNotice() adds the query. */
    var start = {
      forum: "https://discuss.huggingface.co/",
      issues: "https://github.com/huggingface/transformers/issues",
      ask: window.kbSearch.scope.repo + "/issues/new"
    };
    ["forum", "issues", "ask"].forEach(function (name) {
      var li = document.createElement("li"), a = document.createElement("a"), score = document.createElement("span");
      a.setAttribute("data-kb-nofit-link", name);
      a.href = start[name];
      a.target = "_blank";
      a.rel = "noopener";
      score.setAttribute("data-md-score", "-1");
      a.append(score, text[name]);
      li.append(a);
      ul.append(li);
    });
    body.append(p, ul);
    box.append(body);
    result.firstElementChild.after(box);
    return box;
  }

  /* Fill in and show (or hide) the notice. */
  function showNotice(query, items, fits, other) {
    var box = noticeBox();
    if (!box) return;
    var body = box.querySelector("[data-kb-nofit-body]");
    /* Material's "36 matching documents" / "No matching documents" would contradict the notice or
     * the other language's results: hidden while either is shown. */
    var meta = document.querySelector("[data-md-component=search-result] .md-search-result__meta");
    if (meta) meta.hidden = !fits || !!other;
    if (fits) { body.hidden = true; return; }
    var scope = window.kbSearch.scope, text = NOTICE[scope.lang] || NOTICE.en;
    var message = shorten(query, SETTINGS.LINK_QUERY_CHARS);
    var links = {
      forum: "https://discuss.huggingface.co/search?q=" + encodeURIComponent(message),
      issues: "https://github.com/huggingface/transformers/issues?q=" + encodeURIComponent("is:issue " + message)
    };
    var top = items.slice(0, 3).map(function (group) {
      var doc = group.find(function (d) { return !d.location.includes("#"); }) || group[0];
      /* the hosted page's address, also from the offline bundle (zh/x.html -> zh/x/) */
      var path = doc.location.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
      return "- " + plain(doc.title) + " (" + new URL(path, scope.site).href + ")";
    });
    var issue = [
      text.body, "", "```text", shorten(query, SETTINGS.ISSUE_QUERY_CHARS), "```", "",
      text.language + scope.lang, text.top
    ].concat(top.length ? top : [text.none]).join("\n");
    links.ask = scope.repo + "/issues/new?title=" + encodeURIComponent(text.title + shorten(query, 80)) +
      "&body=" + encodeURIComponent(issue);
    Object.keys(links).forEach(function (name) {
      box.querySelector('[data-kb-nofit-link="' + name + '"]').href = links[name];
    });
    body.hidden = false;
  }

  /* -- wiring ------------------------------------------------------------------------------------ */

  var index = null, lexicon = null, lexiconMs = 0;
  function getLexicon() {
    if (!lexicon && index) {
      var t0 = performance.now();
      lexicon = buildLexicon(index.docs, index.config.separator);
      lexiconMs = performance.now() - t0;
    }
    return lexicon;
  }

  /* The other language's index (cross-language results) has its own word list. */
  var otherLexicons = new WeakMap();
  function lexiconOf(data) {
    if (data === index) return getLexicon();
    var lex = otherLexicons.get(data);
    if (!lex) otherLexicons.set(data, lex = buildLexicon(data.docs, data.config.separator));
    return lex;
  }

  /* A page's id from an index location: "zh/cuda-oom/", "cuda-oom/", "zh/cuda-oom.html" -> "cuda-oom". */
  function pageIdOf(location) {
    var path = location.split("#")[0].replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "").replace(/\/$/, "");
    var parts = path.split("/");
    var scope = window.kbSearch.scope;
    if (parts.length > 1 && scope.langs.indexOf(parts[0]) >= 0) parts.shift();
    else if (scope.langs.indexOf(path) >= 0) return "index";
    return parts.join("/") || "index";
  }

  /* {page id: its front matter signatures} of an index (kb/build/search_index.py put them into each
   * page's own entry; Chinese ones carry jieba's U+200B between words). */
  var signatureCache = new WeakMap();
  function signaturesOf(data) {
    var sigs = signatureCache.get(data);
    if (!sigs) {
      sigs = {};
      data.docs.forEach(function (doc) {
        if (doc.location.indexOf("#") >= 0 || !doc.signatures) return;
        sigs[pageIdOf(doc.location)] = doc.signatures.map(function (s) { return String(s).replace(/\u200b/g, ""); });
      });
      signatureCache.set(data, sigs);
    }
    return sigs;
  }

  /* The index of the page's language, as kb-search.js hands it to the worker. The word list is
   * built when the browser is idle (a few ms for this site), or by the first query that needs it. */
  function setIndex(data) {
    index = data;
    lexicon = null;
    noticeBox();
    box("release");
    box("other");
    var later = window.requestIdleCallback || function (fn) { return setTimeout(fn, 200); };
    later(getLexicon, { timeout: 3000 });
  }

  /* What the page shows now; the browser tests wait for it. */
  var state = { query: null, nofit: false, coverage: null, words: [] };

  /* The query -> the words sent to the worker. `raw` is what the reader put in the box (a paste's
   * own text, line breaks kept); kb-extract.js reads its error lines: a typed single line is
   * searched as it is, a paste by its error lines without frames and paths. The lines are matched
   * against the pages' signatures here; onResult puts the page first. `data`: another index (the
   * other language's) instead of the page's. */
  function cleanQuery(query, raw, lang, data) {
    raw = raw == null ? query : raw;
    var X = window.kbExtract, idx = data || index;
    var lex = data ? lexiconOf(data) : getLexicon();
    var single = !X || X.isSingleLine(raw);
    var lines = X ? X.extract(raw) : [raw];
    var text = X ? X.queryOf(raw) : raw;
    var words = queryWords(text, lex, idx && idx.config.separator);
    var match = X && idx && SETTINGS.SIGNATURE_FIRST ? X.matchSignatures(lines, signaturesOf(idx), true) : [];
    return { words: words, text: toWorkerQuery(words), raw: raw, lines: lines, pasted: !single, match: match };
  }

  /* Material ranks a page by its best section: a section that holds a few of the words outranks a
   * page that holds all of them spread over its sections. Each page's scores are scaled by the
   * share of the query it matches (coverage ^ RERANK_POWER), in place, before Material sees the
   * result, so that its order, its rendering and its Enter key (the highest data-md-score) follow. */
  function rerank(items, lex) {
    if (!SETTINGS.RERANK_POWER || items.length < 2) return;
    items.forEach(function (group) {
      var factor = Math.pow(Math.max(coverage(groupTerms(group), lex), 0.01), SETTINGS.RERANK_POWER);
      group.forEach(function (item) { item.score *= factor; });
    });
    items.sort(function (a, b) { return b[0].score - a[0].score; });
  }

  /* Material renders every matching section of the first ten pages (the ones below the best in a
   * folded "more results on this page" list): with long pages that DOM is most of the time from
   * keystroke to results. Only the page's own entry and its best MAX_SECTIONS sections are kept. */
  function trimSections(items) {
    if (!SETTINGS.MAX_SECTIONS) return;
    items.forEach(function (group, g) {
      var page = group.filter(function (d) { return d.location.indexOf("#") < 0; });
      var sections = group.filter(function (d) { return d.location.indexOf("#") >= 0; });
      if (sections.length <= SETTINGS.MAX_SECTIONS) return;
      sections.sort(function (a, b) { return b.score - a.score; });
      items[g] = group.filter(function (d) {
        return page.indexOf(d) >= 0 || sections.indexOf(d) < SETTINGS.MAX_SECTIONS;
      });
    });
  }

  /* The page(s) whose signature matched go first. Equally good matches (the same message on two
   * pages) keep the full-text order among themselves; a matched page the full-text search did not
   * return is added from the index. Scores are raised so that Material's order and its Enter key
   * follow. Returns the first match, {page, signature}, or null. */
  function pinMatches(items, match, data) {
    if (!match || !match.length) return null;
    var key = JSON.stringify(match[0][2]);
    var tier = match.filter(function (m) { return JSON.stringify(m[2]) === key; });
    var groups = tier.map(function (m) {
      var at = -1;
      items.forEach(function (group, i) { if (at < 0 && pageIdOf(group[0].location) === m[0]) at = i; });
      if (at >= 0) return { at: at, group: items[at], m: m };
      var doc = data.docs.find(function (d) { return d.location.indexOf("#") < 0 && pageIdOf(d.location) === m[0]; });
      return doc ? { at: items.length, group: [Object.assign({}, doc, { score: 1, terms: {} })], m: m } : null;
    }).filter(Boolean).sort(function (a, b) { return a.at - b.at; });
    if (!groups.length) return null;
    var top = items.reduce(function (max, g) { return Math.max(max, g[0].score); }, 0) || 1;
    var pinned = groups.map(function (g) { return g.group; });
    var rest = items.filter(function (g) { return pinned.indexOf(g) < 0; });
    pinned.forEach(function (group, k) {
      var factor = top * (1 + 0.01 * (pinned.length - k)) / (group[0].score || 1);
      group.forEach(function (item) { item.score *= factor; });
    });
    items.splice.apply(items, [0, items.length].concat(pinned, rest));
    return { page: groups[0].m[0], signature: groups[0].m[1], location: groups[0].group[0].location };
  }

  /* Material lists the query words a result lacks ("Missing: ..."); for a paste that is a wall of
   * words from the traceback, and for a signature match it is beside the point. */
  function dropMissing(items) {
    items.forEach(function (group) {
      group.forEach(function (item) {
        var terms = {};
        Object.keys(item.terms || {}).forEach(function (t) { if (item.terms[t]) terms[t] = true; });
        item.terms = terms;
      });
    });
  }

  var TEXT = {
    en: { matched: "Matches the message:", other: "No page in English fits. In Chinese (中文):",
          search: "Search the Chinese pages (中文) for it" },
    zh: { matched: "匹配的报错：", other: "中文页面里没有合适的，英文页面（English）里有：",
          search: "在英文页面（English）里搜索" }
  };
  function text() { return TEXT[window.kbSearch.scope.lang] || TEXT.en; }

  /* A box of ours between Material's result count and its list (see noticeBox), by name. */
  function box(name) {
    var el = document.querySelector("[data-kb-" + name + "]");
    var list = document.querySelector("[data-md-component=search-result] .md-search-result__list");
    if (el || !list) return el;
    el = document.createElement("div");
    el.setAttribute("data-kb-" + name, "");
    el.className = "kb-search-" + name;
    el.hidden = true;
    list.before(el);
    return el;
  }

  /* The other language's pages that fit, labelled, linking to them. */
  function showOther(items, lang) {
    var el = box("other");
    if (!el) return;
    el.replaceChildren();
    if (!items || !items.length) { el.hidden = true; return; }
    var p = document.createElement("p"), ul = document.createElement("ul");
    p.textContent = text().other.replace("Chinese (中文)", lang === "zh" ? "Chinese (中文)" : lang);
    items.slice(0, SETTINGS.OTHER_LANGUAGE_PAGES).forEach(function (group) {
      var doc = group.find(function (d) { return d.location.indexOf("#") < 0; }) || group[0];
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = new URL(doc.location, window.kbSearch.scope.base).href;
      a.hreflang = lang;
      a.lang = lang;
      a.setAttribute("data-kb-other-link", pageIdOf(doc.location));
      a.textContent = plain(doc.title);
      li.append(a);
      ul.append(li);
    });
    el.append(p, ul);
    el.hidden = false;
  }

  /* From the offline bundle the other language's index is not searched here: a link runs that
   * language's own search (its home page with ?q=). */
  function showOtherSearch(raw, lang) {
    var el = box("other");
    if (!el) return;
    var a = document.createElement("a"), p = document.createElement("p");
    var home = lang === window.kbSearch.scope.fallback ? "" : lang + "/";
    a.href = new URL(home + "index.html?q=" + encodeURIComponent(shorten(raw, SETTINGS.LINK_QUERY_CHARS)),
      window.kbSearch.scope.base).href;
    a.hreflang = lang;
    a.setAttribute("data-kb-other-search", lang);
    a.textContent = text().search;
    p.append(a);
    el.replaceChildren(p);
    el.hidden = false;
  }

  /* "Matches the message: ..." in the first result, once Material has rendered it. */
  var matchedObserver = null;
  function markMatched() {
    var list = document.querySelector("[data-md-component=search-result] .md-search-result__list");
    if (!list) return;
    if (!matchedObserver) {
      matchedObserver = new MutationObserver(markMatched);
      matchedObserver.observe(list, { childList: true });
    }
    var match = state.match, first = list.querySelector(".md-search-result__item article");
    if (!match || !first || first.querySelector(".kb-matched")) return;
    var link = first.closest("a");
    if (!link || pageIdOf(new URL(link.href).pathname.slice(new URL(window.kbSearch.scope.base).pathname.length)) !== match.page) return;
    var p = document.createElement("p"), code = document.createElement("code");
    p.className = "kb-matched";
    p.setAttribute("data-kb-matched", match.page);
    code.textContent = match.signature;
    p.append(text().matched + " ", code);
    first.append(p);
  }

  /* The release-index hook (another part of the site may define window.kbReleases): the element
   * it answers for the error lines goes above the results. */
  var releaseAsked = 0;
  function askReleases(query, clean) {
    var el = box("release");
    if (!el) return;
    var ask = ++releaseAsked;
    el.replaceChildren();
    el.hidden = true;
    var api = window.kbReleases;
    if (!api || typeof api.answerFor !== "function" || !clean || !clean.lines || !clean.lines.length) return;
    if (clean.raw.trim().length < SETTINGS.NOFIT_MIN_CHARS) return;
    var answer;
    try { answer = api.answerFor(clean.lines.slice(), window.kbSearch.scope.lang); } catch (e) { return; }
    Promise.resolve(answer).then(function (node) {
      if (ask !== releaseAsked || state.query !== query || !node || !(node instanceof Node)) return;
      el.replaceChildren(node);
      el.hidden = false;
    }, function () {});
  }

  var STYLE = ".kb-matched{margin:.4em 0 0;font-size:.64rem;color:var(--md-default-fg-color--light)}" +
    ".kb-search-other,.kb-search-release{padding:.6rem .8rem;border-bottom:.05rem solid var(--md-default-fg-color--lightest)}" +
    ".kb-search-other p{margin:0 0 .3rem;font-size:.7rem}.kb-search-other ul{margin:0;padding-left:1rem;font-size:.72rem}" +
    ".kb-search-other a{color:var(--md-typeset-a-color)}";
  function addStyle() {
    if (document.querySelector("style[data-kb-search]")) return;
    var el = document.createElement("style");
    el.setAttribute("data-kb-search", "");
    el.textContent = STYLE;
    document.head.append(el);
  }

  function summary(items, lex) {
    return items.slice(0, 3).map(function (group) {
      return { location: group[0].location, score: group[0].score, terms: groupTerms(group) };
    });
  }

  /* Whether a query is written in a way the other language's pages can answer: Chinese pages a
   * query with Han characters; English pages one with (almost) none, such as an English error line
   * (the Chinese words of a mixed query would be lost there, and what is left matches too easily). */
  function writtenFor(raw, lang) {
    var chars = raw.replace(/\s+/g, "").length || 1;
    var han = (raw.match(new RegExp("[" + HAN + "]", "g")) || []).length / chars;
    return lang === "zh" ? han > 0 : han <= SETTINGS.OTHER_LANGUAGE_MAX_HAN;
  }

  function onResult(query, words, data, clean) {
    var items = (data && data.items) || [];
    var lex = getLexicon();
    clean = clean || { raw: query, lines: [query], pasted: false, match: [] };
    rerank(items, lex);
    var match = pinMatches(items, clean.match, index);
    trimSections(items);
    var fits = match ? true : !noPageFits(clean.raw, items, lex);
    state = {
      query: query, nofit: !fits, words: words, lexiconMs: lexiconMs, pages: lex ? lex.pages : 0,
      df: words.reduce(function (o, w) { o[w.toLowerCase()] = lex ? lex.df.get(w.toLowerCase()) || 0 : 0; return o; }, {}),
      coverage: items.length ? coverage(groupTerms(items[0]), lex) : 0,
      top: summary(items, lex), lines: clean.lines, pasted: clean.pasted, match: match,
      other: null, pending: false
    };
    if (clean.pasted || match) dropMissing(items);
    addStyle();
    showOther(null);
    askReleases(query, clean);
    var search = window.kbSearch;
    var askOther = !fits && search.searchOther && search.scope.other && SETTINGS.OTHER_LANGUAGE_PAGES &&
      clean.raw.trim().length >= SETTINGS.NOFIT_MIN_CHARS && writtenFor(clean.raw, search.scope.other) &&
      /* the Chinese pages quote the same English messages: an English query from a Chinese page
       * goes to the English pages only when the Chinese ones have nothing at all */
      (search.scope.other === "zh" || !items.length);
    if (!askOther) {
      showNotice(clean.raw, items, fits);
      markMatched();
      return;
    }
    /* Nothing fits in the reader's language: ask the other language before saying so. */
    state.pending = true;
    showNotice(clean.raw, items, true);
    markMatched();
    var asked = state;
    search.searchOther(clean.raw, function (others, data2, clean2) {
      if (state !== asked) return;
      var lex2 = others && data2 ? lexiconOf(data2) : null, fit2 = false;
      if (others && others.length) {
        rerank(others, lex2);
        var match2 = clean2 ? pinMatches(others, clean2.match, data2) : null;
        fit2 = !!match2 || coverage(groupTerms(others[0]), lex2) >= SETTINGS.NOFIT_MIN_COVERAGE;
      }
      state.pending = false;
      if (!others && location.protocol === "file:") showOtherSearch(clean.raw, search.scope.other);
      if (fit2) {
        state.nofit = false;
        state.other = { lang: search.scope.other, pages: others.slice(0, SETTINGS.OTHER_LANGUAGE_PAGES).map(function (g) {
          return (search.scope.other === search.scope.fallback ? "" : search.scope.other + "/") + pageIdOf(g[0].location);
        }) };
        showOther(others, search.scope.other);
        showNotice(clean.raw, items, true, true);
      } else {
        showNotice(clean.raw, items, false);
      }
    });
  }

  window.kbSearchQuery = {
    setIndex: setIndex, cleanQuery: cleanQuery, onResult: onResult, state: function () { return state; },
    pageIdOf: pageIdOf, signaturesOf: function () { return index ? signaturesOf(index) : {}; },
    queryWords: queryWords, segmentHan: segmentHan, lexicon: getLexicon, settings: SETTINGS
  };
})();
