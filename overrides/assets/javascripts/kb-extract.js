/* Read the error out of a paste, and match it against the pages' front matter `signatures`.
 *
 * The twin of kb/search/extract.py, line for line: the same patterns, constants and order (the
 * terminal tool runs the Python, the site this file). Both are checked against one case file,
 * kb/search/cases.jsonl: tests/js/extract.test.js runs this file under `node --test`, and
 * tests/test_search_extract.py runs the Python and compares the two page by page. Change both or
 * neither.
 *
 *   extract(text)          -> the error lines: the exception that ended the run first, then the
 *                             earlier ones of a chain, then warnings; no error line -> the tail
 *   queryOf(text)          -> the words to search (error lines without frames, paths, prefixes)
 *   normalize(line)        -> the line with its varying parts set aside
 *   matchSignatures(lines, signaturesByPage) -> [[pageId, signature]], best first
 *
 * In the browser it sets window.kbExtract; under Node it is a CommonJS module.
 */
(function (root) {
  "use strict";

  var S = {
    SIG_MIN_SHARE: 0.75,
    SIG_MIN_TOKENS: 3,
    SIG_MIN_RAW_SHARE: 0.7,
    MAX_CONTINUATION: 3,
    TAIL_CHARS: 600,
    QUERY_LINES: 1,
    QUERY_CHARS: 400
  };

  var ANSI_RE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]/g;

  var PREFIXES = [
    ["rank", /^\[(?:rank|RANK|default)\s*\d+\]\s*:?/],
    ["rank", /^\(\w+ pid=\d+(?:, ip=[\d.]+)?\)/],
    ["log", /^\[\d{4}-\d\d-\d\d[T ][^\]]*\]/],
    ["log", /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?(?:\s*[-|])?/],
    ["log", /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d(?:\s*-)?/],
    ["log", /^\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?(?:\s*-)?(?=\s)/],
    ["level", /^[EWF]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ +[\w./]+:\d+\]/],
    ["log", /^[ID]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ +[\w./]+:\d+\]/],
    ["level", /^\[[IWEF]\d{0,4}(?: [\d:.]+)?(?: +\d+)? *[\w.]+:\d+\]/],
    ["level", /^\[(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL)\|[^\]]*\]/],
    ["level", /^(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL):[\w.]+:/],
    ["level", /^\[?(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL)\]?(?:\s*[:|-]|(?=\s))/],
    ["log", /^[\w.]+:\d+\]?\s*>>/],
    ["log", /^>>/],
    ["pytest", /^E(?= {2,}|\t|$)/]
  ];
  var ERROR_LEVELS = /WARN|ERROR|CRITICAL|FATAL|^\[?[EWF](?:\d| )/;

  var EXCEPTION_RE = /^(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning|Exit|Interrupt|Fault|Failure)(?:\s*:|\s*$)/;
  var WARNING_CLASS_RE = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*Warning\s*:/;
  var INLINE_EXCEPTION_RE = /(?<![\w.])(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning)\s*:/;
  var RUN_SUMMARY_RE = /ChildFailedError|KeyboardInterrupt|SystemExit/;
  var LAUNCHER_RE = /^failed \(exitcode: -?\d+\)/;
  var WARN_PATH_RE = /^.*?\.pyx?:\d+:\s*(?=(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Warning|Error)\s*:)/;
  var FRAME_RE = /^(?:File "[^"]*", line \d+|File [^\s"]+:\d+|File <[^>]*>|Cell In\s*\[|<ipython-input-|-+>\s*\d+|\d+ frames?$|at [\w.$<>]+\(|#\d+ 0x)/;
  var NOISE_RE = /^(?:Traceback \(most recent call last\):?|During handling of the above exception.*|The above exception was the direct cause.*|[\^~\s]+|-{5,}|={5,}|\.\.\.\s*<\d+ lines?>\s*\.\.\.|warnings\.warn\(.*|\.\.\.|…)$/;
  var PROGRESS_RE = /\d+%\|| \d+(?:\.\d+)?(?:it\/s|s\/it)\]|[█▏▎▍▌▋▊▉]{2,}/;
  var JOINED_RE = /Traceback \(most recent call last\)|File "[^"]+", line \d+|\[rank\d+\]:.*\[rank\d+\]:/;
  var SPLIT_RE = /(?=Traceback \(most recent call last\))|(?=File "[^"]+", line \d+)|(?=During handling of the above)|(?=The above exception was)|(?=\[rank\d+\]:)|(?<![\w.'"`])(?=(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning)\s*:)/g;

  var URL_RE = /\b(?:https?|file):\/\/[^\s'"<>)\]]+/g;
  var PATH_RE = /(?:[A-Za-z]:\\|\\\\|~[\/\\]|\.{1,2}[\/\\]|\/)?(?:[\w.\-~@+\u0080-\uffff]+[\/\\])+[\w.\-~@+\u0080-\uffff]*/g;
  var ABS_PATH_RE = /(?:[A-Za-z]:\\|\\\\|~[\/\\]|\.{1,2}[\/\\]|(?<![\w.])\/)[^\s'"<>()\[\]]*/g;
  var QUOTED_RE = /(?<![A-Za-z])'[^'\n]*'(?![A-Za-z])|"[^"\n]*"/g;
  var HEX_RE = /\b0x[0-9a-fA-F]+\b/g;
  var NUMBER_RE = /(?<![A-Za-z_\d.])\d+(?:\.\d+)*(?:\s*(?:[KMGT]i?B|[KMGT]B|bytes|ms|%)(?![A-Za-z]))?(?![A-Za-z_\d])/gi;
  var TOKEN_RE = /[a-z_][a-z0-9_]*/g;
  var SPACES_RE = /\s+/g;
  var EMPTY_PARENS_RE = /\(\s*\)/g;
  var PLACEHOLDER_RE = /<\w+>/g;
  var STOP = new Set("the a an to of in is be and or for on at by it its this that with as are was were from you your if".split(" "));

  /* Python's str.strip() / lstrip() */
  function strip(s) { return s.replace(/^\s+|\s+$/g, ""); }
  function lstrip(s) { return s.replace(/^\s+/, ""); }

  function stripPrefixes(line) {
    var kinds = new Set();
    for (;;) {
      var rest = lstrip(line), hit = false;
      for (var i = 0; i < PREFIXES.length; i++) {
        var m = PREFIXES[i][1].exec(rest);
        if (m && m[0].length > 0) {
          if (PREFIXES[i][0] === "level" && ERROR_LEVELS.test(m[0])) kinds.add("error-level");
          kinds.add(PREFIXES[i][0]);
          line = rest.slice(m[0].length);
          hit = true;
          break;
        }
      }
      if (!hit) return [line, kinds];
    }
  }

  function lines(text) {
    text = text.replace(ANSI_RE, "").split("\r\n").join("\n").split("\r").join("\n");
    if (strip(text).indexOf("\n") < 0 && JOINED_RE.test(text)) text = text.replace(SPLIT_RE, "\n");
    return text.split("\n");
  }

  /* [body, kinds, frame] per line */
  function records(text) {
    var out = [], afterFrame = false;
    lines(text).forEach(function (raw) {
      var r = stripPrefixes(raw), kinds = r[1], body = strip(r[0]);
      if (!body || PROGRESS_RE.test(body)) { afterFrame = false; return; }
      if (FRAME_RE.test(body)) { out.push([body, kinds, true]); afterFrame = true; return; }
      if (NOISE_RE.test(body)) { out.push([body, kinds, true]); return; }
      if (afterFrame && !EXCEPTION_RE.test(body) && !kinds.has("log")) {
        out.push([body, kinds, true]);
        afterFrame = false;
        return;
      }
      afterFrame = false;
      out.push([body.replace(WARN_PATH_RE, ""), kinds, false]);
    });
    return out;
  }

  function isSingleLine(text) {
    return strip(text).indexOf("\n") < 0 && !JOINED_RE.test(text);
  }

  function tail(recs) {
    var out = [], size = 0;
    for (var i = recs.length - 1; i >= 0; i--) {
      var body = recs[i][0];
      if (recs[i][2]) continue;
      if (out.length && size + body.length > S.TAIL_CHARS) break;
      out.unshift(body);
      size += body.length + 1;
    }
    return out.join(" ").slice(-S.TAIL_CHARS);
  }

  function extract(text) {
    if (!text || !strip(text)) return [];
    var recs = records(text);
    if (isSingleLine(text)) {
      var rest = recs.filter(function (r) { return !r[2]; }).map(function (r) { return r[0]; });
      if (rest.length && EXCEPTION_RE.test(rest[0])) return [rest[0]];
      var whole = strip(text.replace(ANSI_RE, ""));
      /* "It crashes with `KeyError: 'mistral'`", "我遇到了RuntimeError: ...": the line, then its error */
      var m = INLINE_EXCEPTION_RE.exec(whole);
      return m && m.index > 0 ? [whole, whole.slice(m.index)] : [whole];
    }
    var errors = [], warnings = [], logged = [], summaries = [];
    var summaryAt = recs.length, lastEnd = 0, i = 0;
    while (i < recs.length) {
      var body = recs[i][0], kinds = recs[i][1], frame = recs[i][2];
      var isExc = !frame && EXCEPTION_RE.test(body);
      var isLogged = !frame && kinds.has("error-level");
      if (!(isExc || isLogged)) { i++; continue; }
      var parts = [body], j = i + 1;
      while (j < recs.length && parts.length <= S.MAX_CONTINUATION) {
        var n = recs[j];
        if (n[2] || EXCEPTION_RE.test(n[0]) || n[1].has("log") || n[1].has("level")) break;
        parts.push(n[0]);
        j++;
      }
      var line = parts.join(" ");
      if ((isExc && RUN_SUMMARY_RE.test(body.split(":")[0])) || (!isExc && LAUNCHER_RE.test(body))) {
        summaries.push(line);
        summaryAt = Math.min(summaryAt, i);
      } else if (isExc && !WARNING_CLASS_RE.test(body)) {
        errors.push(line);
      } else if (isExc) {
        warnings.push(line);
      } else {
        logged.push(line);
      }
      if (!summaries.length || summaryAt > i) lastEnd = j;
      i = j;
    }
    var found = errors.slice().reverse().concat(warnings.slice().reverse(), logged);  // logged: the first is the cause
    var trailing = recs.slice(lastEnd, summaryAt).filter(function (r) {
      return !r[2] && !r[1].has("log") && !r[1].has("level");
    });
    if (trailing.length && (errors.length || logged.length)) {
      found.unshift(tail(trailing));
    } else if (!errors.length) {
      var t = tail(recs.slice(0, summaryAt));
      if (t) found.push(t);
    }
    found = found.concat(errors.length || warnings.length ? [] : summaries.slice().reverse());
    var out = [], seen = new Set();
    found.forEach(function (l) {
      var key = normalize(l);
      if (!seen.has(key)) { seen.add(key); out.push(l); }
    });
    return out;
  }

  function queryOf(text) {
    if (!text || !strip(text)) return "";
    if (isSingleLine(text)) return strip(text.replace(ANSI_RE, ""));
    var q = extract(text).slice(0, S.QUERY_LINES).join(" ");
    q = q.replace(URL_RE, " ").replace(ABS_PATH_RE, " ").replace(EMPTY_PARENS_RE, " ");
    q = strip(q.replace(SPACES_RE, " "));
    return q.slice(0, S.QUERY_CHARS);
  }

  function normalize(line) {
    var s = line.replace(ANSI_RE, "").split("\u200b").join("");
    s = s.replace(URL_RE, " <url> ").replace(QUOTED_RE, " <q> ").replace(PATH_RE, " <path> ")
      .replace(HEX_RE, " <n> ").replace(NUMBER_RE, " <n> ");
    return strip(s.replace(SPACES_RE, " ")).toLowerCase();
  }

  var tokenCache = new Map(), rawCache = new Map();
  function words(s) {
    var out = new Set();
    (s.match(TOKEN_RE) || []).forEach(function (w) { if (w.length > 1 && !STOP.has(w)) out.add(w); });
    return out;
  }
  function tokens(line) {
    var t = tokenCache.get(line);
    if (!t) {
      if (tokenCache.size > 4096) tokenCache.clear();
      tokenCache.set(line, t = words(normalize(line).replace(PLACEHOLDER_RE, " ")));
    }
    return t;
  }
  function rawTokens(line) {
    var t = rawCache.get(line);
    if (!t) {
      var s = line.replace(ANSI_RE, "").split("\u200b").join("").replace(URL_RE, " ");
      s = s.split("'").join(" ").split('"').join(" ").replace(PATH_RE, " ");
      if (rawCache.size > 4096) rawCache.clear();
      rawCache.set(line, t = words(s.replace(HEX_RE, " ").replace(NUMBER_RE, " ").toLowerCase()));
    }
    return t;
  }

  function cmp(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  }

  /* `detailed`: each entry also carries its sort key, [line, -share, -rawHit, -hit] (ties are
   * equally good matches; the site leaves their order to the full-text ranking). */
  function matchSignatures(lineList, signaturesByPage, detailed) {
    var sigs = [];
    Object.keys(signaturesByPage).forEach(function (page) {
      (signaturesByPage[page] || []).forEach(function (sig) {
        sigs.push([page, sig, tokens(sig), rawTokens(sig)]);
      });
    });
    var candidates = [];
    lineList.forEach(function (line, li) {
      var lt = tokens(line);
      if (!lt.size) return;
      var raw = rawTokens(line);
      sigs.forEach(function (s) {
        var st = s[2], sraw = s[3];
        if (!st.size) return;
        var hit = 0, rawHit = 0, subset = true;
        st.forEach(function (w) { if (lt.has(w)) hit++; });
        sraw.forEach(function (w) { if (raw.has(w)) rawHit++; });
        lt.forEach(function (w) { if (!st.has(w)) subset = false; });
        var share = hit / st.size;
        var shortOk = subset && raw.size <= st.size + 1 && sraw.size <= st.size + 1;
        if (share >= S.SIG_MIN_SHARE && (shortOk || (st.size >= S.SIG_MIN_TOKENS &&
                                                      rawHit >= S.SIG_MIN_RAW_SHARE * sraw.size)))
          candidates.push([li, -share, -rawHit, -hit, s[0], s[1]]);
      });
    });
    candidates.sort(cmp);
    var out = [], seen = new Set();
    candidates.forEach(function (c) {
      if (!seen.has(c[4])) { seen.add(c[4]); out.push(detailed ? [c[4], c[5], c.slice(0, 4)] : [c[4], c[5]]); }
    });
    return out;
  }

  var api = {
    extract: extract, queryOf: queryOf, normalize: normalize, tokens: tokens,
    matchSignatures: matchSignatures, isSingleLine: isSingleLine, settings: S
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.kbExtract = api;
})(typeof self !== "undefined" ? self : this);
