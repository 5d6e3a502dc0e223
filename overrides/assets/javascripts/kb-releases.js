/*
 * Which release has it? Answers a pasted error line from the release index
 * (assets/releases/<package>/meta.js and one shard per word looked up; built by `kb releases build`,
 * kb/releases/build.py). Never on a page's critical path: the search results and the
 * which-release page load this script when they have a line to answer.
 *
 *   window.kbReleases.answerFor(lines, lang) -> Promise<HTMLElement | null>
 *   window.kbReleases.lookup(lines, {typed}) -> Promise<answer | null>   (the same as kb/releases/lookup.py)
 *
 * The data files are scripts that call kbReleasesData({...}): they load from file:// in the offline
 * bundle, where fetch() of JSON is refused. The rules mirror kb/releases/lookup.py;
 * tests/test_releases.py runs both on the same lines (tests/js/kb-releases.test.mjs).
 */
(function (root) {
  "use strict";

  var FORMAT = 1;
  var PACKAGES = ["transformers", "huggingface_hub", "peft", "trl", "accelerate", "sentence-transformers"];
  var IMPORT_NAMES = { "sentence-transformers": "sentence_transformers" };
  var BY_IMPORT = {};
  PACKAGES.forEach(function (p) { BY_IMPORT[IMPORT_NAMES[p] || p] = p; });
  var BASE_DEPTH = 6;

  var Q = "['\"`\u2018\u2019\u201c\u201d]";
  var N = "([A-Za-z_]\\w*)";
  var MOD = "([A-Za-z_][\\w.]*)";
  var PATTERNS = [
    ["m", new RegExp("cannot import name " + Q + N + Q + " from " + Q + MOD + Q), ["word", "module"]],
    ["m", new RegExp("cannot import name " + Q + N + Q + " from " + MOD), ["word", "module"]],
    ["M", new RegExp("No module named " + Q + MOD + Q), ["path"]],
    ["m", new RegExp("module " + Q + MOD + Q + " has no attribute " + Q + N + Q), ["module", "word"]],
    ["k", new RegExp("(?:([A-Za-z_][\\w.]*)\\.)?([A-Za-z_]\\w*)\\(\\) got an unexpected keyword argument " + Q + N + Q),
      ["owner", "function", "word"]],
    ["a", new RegExp("type object " + Q + N + Q + " has no attribute " + Q + N + Q), ["container", "word"]],
    ["a", new RegExp(Q + N + Q + " object has no attribute " + Q + N + Q), ["container", "word"]],
    ["a", new RegExp("(?:AttributeError: )" + N + " has no attribute " + Q + "?" + N), ["container", "word"]],
    ["t", new RegExp("model (?:type|of type) " + Q + "?([\\w.-]+?)" + Q + "?(?:\\s|,|\\.|$)"), ["word"]],
    ["t", new RegExp("model_type" + Q + "?\\s*[:=]?\\s*" + Q + "?([\\w.-]+)"), ["word"]],
    ["K", new RegExp("KeyError: " + Q + "([\\w.-]+)" + Q), ["word"]],
  ];
  var TYPED = /^\s*([A-Za-z_][\w.]*?)(?:\(\))?\s*$/;
  var TYPED_MODEL = new RegExp("^(?:model[_ ]type)\\s*[:=]?\\s*" + Q + "?([\\w.-]+)" + Q + "?$", "i");

  // --- Data ----------------------------------------------------------------------------------------

  var script = root.document && root.document.currentScript;
  var scriptSrc = script ? script.src : "";
  var assetsBase = scriptSrc.replace(/javascripts\/kb-releases\.js(\?.*)?$/, "");  // .../assets/
  var loaded = {};    // "package/meta" or "package/<n>" -> data
  var loading = {};   // the same keys -> Promise

  root.kbReleasesData = function (data) {
    loaded[data.package + "/" + (data.shard === undefined ? "meta" : data.shard)] = data;
  };

  function loadScript(key) {
    if (loading[key]) return loading[key];
    loading[key] = new Promise(function (resolve) {
      if (api._load) {  // Node tests: read the file
        api._load(key);
        return resolve(loaded[key] || null);
      }
      var el = root.document.createElement("script");
      el.src = assetsBase + "releases/" + key + ".js";
      el.async = true;
      el.onload = function () { resolve(loaded[key] || null); };
      el.onerror = function () { resolve(null); };
      root.document.head.appendChild(el);
    }).then(function (data) {
      if (data && data.format !== FORMAT) return null;
      return data;
    });
    return loading[key];
  }

  function meta(pkg) { return loadScript(pkg + "/meta"); }

  function shardOf(word, shards) {
    var bytes = new TextEncoder().encode(word);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    }
    return h % shards;
  }

  // A heavy word (on very many rows, see kb/releases/build.py) is kept by container: its rows come
  // only for a given container, and none without one.
  async function rows(pkg, word, container) {
    var m = await meta(pkg);
    if (!m) return [];
    var heavy = !!(m.heavy && m.heavy.indexOf(word) >= 0);
    if (heavy) {
      if (container === undefined || container === null) return [];
      word = word + " " + container;
    }
    var shard = await loadScript(pkg + "/" + shardOf(word, m.shards));
    if (!shard) return [];
    var found = Object.prototype.hasOwnProperty.call(shard.words, word) ? shard.words[word] : [];
    // A heavy word's rows leave out the container, which is in the key.
    return heavy ? found.map(function (r) { return [r[0], container].concat(r.slice(1)); }) : found;
  }

  // --- Ranges --------------------------------------------------------------------------------------

  function parseRanges(text) {
    return text.split(",").map(function (part) {
      var ab = part.split("-");
      return [parseInt(ab[0], 10), parseInt(ab.length > 1 ? ab[1] : ab[0], 10)];
    });
  }

  function union() {
    var spans = [];
    for (var i = 0; i < arguments.length; i++) {
      arguments[i].forEach(function (r) { spans.push([r[0], r[1]]); });
    }
    spans.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; });
    var out = [];
    spans.forEach(function (s) {
      if (out.length && s[0] <= out[out.length - 1][1] + 1) {
        out[out.length - 1][1] = Math.max(out[out.length - 1][1], s[1]);
      } else {
        out.push(s);
      }
    });
    return out;
  }

  function intersect(xs, ys) {
    var out = [];
    xs.forEach(function (x) {
      ys.forEach(function (y) {
        var lo = Math.max(x[0], y[0]), hi = Math.min(x[1], y[1]);
        if (lo <= hi) out.push([lo, hi]);
      });
    });
    return union(out);
  }

  // --- Recognising the line ------------------------------------------------------------------------

  function recognise(line) {
    for (var i = 0; i < PATTERNS.length; i++) {
      var kind = PATTERNS[i][0], m = PATTERNS[i][1].exec(line), names = PATTERNS[i][2];
      if (!m) continue;
      var g = {};
      names.forEach(function (n, j) { g[n] = m[j + 1]; });
      if (kind === "M") {
        var cut = g.path.lastIndexOf(".");
        return cut > 0 ? [{ kind: "M", module: g.path.slice(0, cut), word: g.path.slice(cut + 1) }] : [];
      }
      if (kind === "k") {
        var owner = g.owner, func = g["function"], container;
        if (func === "__init__") container = owner || null;
        else container = owner ? owner + "." + func : func;
        return [{ kind: "k", container: container, word: g.word }];
      }
      if (kind === "K") return [{ kind: "t", word: g.word, strict: true }];
      var q = { kind: kind, word: g.word };
      if (g.module !== undefined) q.module = g.module;
      if (g.container !== undefined) q.container = g.container;
      return [q];
    }
    return [];
  }

  function recogniseTyped(text) {
    text = text.trim();
    var m = TYPED_MODEL.exec(text);
    if (m) return [{ kind: "t", word: m[1] }];
    m = TYPED.exec(text);
    if (!m) return [];
    var parts = m[1].replace(/^\.+|\.+$/g, "").split(".");
    if (parts.length === 1) {  // a name, else a keyword of some class, else a member
      return [{ kind: "any", word: parts[0] }, { kind: "k", container: null, word: parts[0] },
        { kind: "a", container: null, word: parts[0] }];
    }
    if (BY_IMPORT[parts[0]]) {
      var mod = parts.slice(0, -1).join("."), word = parts[parts.length - 1];
      return [{ kind: "m", module: mod, word: word }, { kind: "M", module: mod, word: word }];
    }
    var cls = parts[parts.length - 2], w = parts[parts.length - 1];
    return [{ kind: "a", container: cls, word: w }, { kind: "k", container: cls, word: w }];
  }

  // --- Answering -----------------------------------------------------------------------------------

  async function classRanges(pkg, cls, word, kind, depth, seen) {
    if (depth > BASE_DEPTH || seen.indexOf(cls) >= 0) return [];
    seen = seen.concat([cls]);
    var own = (await rows(pkg, word, cls)).filter(function (r) { return r[0] === kind && r[1] === cls; })
      .map(function (r) { return parseRanges(r[2]); });
    var got = union.apply(null, own);
    var bases = (await rows(pkg, cls, cls)).filter(function (r) { return r[0] === "b" && r[1] === cls; });
    for (var i = 0; i < bases.length; i++) {
      var inherited = await classRanges(pkg, bases[i][2], word, kind, depth + 1, seen);
      got = union(got, intersect(inherited, parseRanges(bases[i][3])));
    }
    return got;
  }

  async function candidates(q, packages) {
    var out = [], kind = q.kind, word = q.word;
    for (var i = 0; i < packages.length; i++) {
      var pkg = packages[i], rs;
      if (kind === "m" || kind === "M") {
        rs = await rows(pkg, word, q.module);
        rs.forEach(function (r) {
          if (r[0] === kind && (q.module === undefined || r[1] === q.module)) out.push([pkg, kind, r[1], parseRanges(r[2])]);
        });
      } else if (kind === "t") {
        rs = await rows(pkg, word);
        rs.forEach(function (r) { if (r[0] === "t") out.push([pkg, "t", "", parseRanges(r[2])]); });
      } else if (kind === "a" || kind === "k") {
        var cls = q.container;
        if (cls) {
          var got;
          if (kind === "k" && cls.indexOf(".") >= 0) {
            got = union.apply(null, (await rows(pkg, word, cls)).filter(function (r) { return r[0] === "k" && r[1] === cls; })
              .map(function (r) { return parseRanges(r[2]); }));
          } else {
            got = await classRanges(pkg, kind === "k" ? cls.split(".")[0] : cls, word, kind, 0, []);
          }
          if (got.length) {
            out.push([pkg, kind, cls, got]);
            break;  // the first package (transformers first) whose class has it: look no further
          }
        } else {
          (await rows(pkg, word)).forEach(function (r) { if (r[0] === kind) out.push([pkg, kind, r[1], parseRanges(r[2])]); });
        }
      } else if (kind === "any") {
        var imp = IMPORT_NAMES[pkg] || pkg;
        rs = await rows(pkg, word);
        if (!rs.length) rs = await rows(pkg, word, imp);
        rs.forEach(function (r) {
          if ((r[0] === "m" && r[1] === imp) || r[0] === "t" || r[0] === "M") out.push([pkg, r[0], r[1], parseRanges(r[2])]);
        });
      }
    }
    return out;
  }

  function packagesFor(q) {
    if (q.module) {
      var top = q.module.split(".")[0];
      return BY_IMPORT[top] ? [BY_IMPORT[top]] : [];
    }
    return q.kind === "t" ? ["transformers"] : PACKAGES.slice();
  }

  async function rank(cands) {
    var keyed = [];
    for (var i = 0; i < cands.length; i++) {
      var c = cands[i], m = await meta(c[0]), newest = m.releases.length - 1, r = c[3];
      var removed = r[r.length - 1][1] < newest;
      var span = r.reduce(function (s, x) { return s + x[1] - x[0] + 1; }, 0);
      var configured = c[1] === "k" && /(Arguments|Config|Trainer)$/.test(c[2] || "");
      keyed.push([[configured ? 0 : 1, removed ? 0 : 1, -span], i, c]);
    }
    keyed.sort(function (x, y) {
      for (var j = 0; j < 3; j++) if (x[0][j] !== y[0][j]) return x[0][j] - y[0][j];
      return x[1] - y[1];
    });
    return keyed.map(function (k) { return k[2]; });
  }

  function shortVersion(v) {
    var p = v.split(".");
    return p.length === 3 && p[2] === "0" ? p[0] + "." + p[1] : v;
  }

  function pipSpec(m, first, last) {
    var yanked = m.yanked, allYanked = true;
    for (var i = first; i <= last; i++) if (yanked.indexOf(i) < 0) allYanked = false;
    if (allYanked) return m.package + "==" + m.releases[last];
    var lower = first === 0 && m.older ? null : ">=" + shortVersion(m.releases[first]);
    var upper = last + 1 < m.releases.length ? "<" + shortVersion(m.releases[last + 1]) : null;
    return m.package + [lower, upper].filter(Boolean).join(",");
  }

  function pageFor(pkg, kind) {
    if (pkg !== "transformers") return "other-library-versions";
    return kind === "t" ? "model-too-new" : "version-incompat";
  }

  function label(pkg, kind, container, word) {
    var imp = IMPORT_NAMES[pkg] || pkg;
    if (kind === "m") return container === imp ? word : container + "." + word;
    if (kind === "M" || kind === "a") return container + "." + word;
    if (kind === "k") return container + "(" + word + "=...)";
    return "model type '" + word + "'";
  }

  function result(m, q, kind, container, ranges) {
    var releases = m.releases, newest = releases.length - 1, imp = IMPORT_NAMES[m.package] || m.package;
    var has = ranges.length > 0, lastR = has ? ranges[ranges.length - 1] : null;
    return {
      package: m.package, kind: kind, container: container, word: q.word,
      label: label(m.package, kind, container, q.word),
      ranges: ranges.map(function (r) { return [releases[r[0]], releases[r[1]]]; }),
      first: has ? releases[ranges[0][0]] : null,
      last: has ? (lastR[1] === newest ? "present" : releases[lastR[1]]) : null,
      before: has && ranges[0][0] === 0 && !!m.older,
      yanked_first: has && m.yanked.indexOf(lastR[0]) >= 0,
      newest: releases[newest], oldest: releases[0],
      pip: has ? 'pip install "' + pipSpec(m, lastR[0], lastR[1]) + '"' : null,
      check: 'python -c "import ' + imp + "; print(" + imp + '.__version__)"',
      page: pageFor(m.package, kind),
      removed_in: has && lastR[1] < newest ? releases[lastR[1] + 1] : null,
      asked: null,
    };
  }

  async function answerQuery(q) {
    var cands = await candidates(q, packagesFor(q));
    if (q.kind === "t" && !cands.length) {
      if (q.strict) return null;
      var tm = await meta("transformers");
      return tm ? result(tm, q, "t", "", []) : null;
    }
    if (!cands.length && q.kind === "m" && q.module) {
      // Never in that module: say so, and where the package does have it (the top level first).
      var wider = await candidates({ kind: "m", word: q.word }, packagesFor(q));
      var top = wider.filter(function (c) { return c[2] === (IMPORT_NAMES[c[0]] || c[0]); });
      // Else where it was first and longest (where it is defined, usually), then the shortest path.
      var spanOf = function (c) { return c[3].reduce(function (s, x) { return s + x[1] - x[0] + 1; }, 0); };
      wider = top.length ? top : wider.sort(function (x, y) {
        return spanOf(y) - spanOf(x) || x[2].length - y[2].length || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
      });
      if (wider.length) {
        var w = wider[0], r = result(await meta(w[0]), q, w[1], w[2], w[3]);
        r.asked = q.module;
        return r;
      }
    }
    if (!cands.length) return null;
    var best;
    if (q.kind === "any") {  // a typed word: a package's own name first, then a model type, then a module
      best = cands.slice().sort(function (x, y) { return "mtM".indexOf(x[1]) - "mtM".indexOf(y[1]); })[0];
    } else {
      best = (await rank(cands))[0];
    }
    return result(await meta(best[0]), q, best[1], best[2], best[3]);
  }

  async function lookup(lines, options) {
    var typed = options && options.typed;
    if (typeof lines === "string") lines = [lines];
    for (var i = 0; i < lines.length; i++) {
      var qs = recognise(lines[i]);
      if (!qs.length && typed) qs = recogniseTyped(lines[i]);
      for (var j = 0; j < qs.length; j++) {
        var got = await answerQuery(qs[j]);
        if (got) return got;
      }
    }
    return null;
  }

  // --- Words ---------------------------------------------------------------------------------------

  function sentence(a, lang) {
    var zh = lang === "zh", pkg = a.package;
    if (!a.ranges.length) {
      return zh
        ? pkg + " " + a.oldest + " 到 " + a.newest + " 的任何版本都不认识 model type '" + a.word +
          "'：它可能需要 trust_remote_code（自定义代码），或者这个检查点不是 Transformers 格式。"
        : "No release of " + pkg + " from " + a.oldest + " to " + a.newest + " knows the model type '" + a.word +
          "': it needs the model's own code (trust_remote_code) or the checkpoint is not a Transformers one.";
    }
    var present = a.last === "present";
    var spans = a.ranges.map(function (r, i) {
      var start = i === 0 && a.before ? r[0] + (zh ? " 或更早" : " or earlier") : r[0];
      if (present && i === a.ranges.length - 1) return start + (zh ? " 及以后" : " and later");
      if (r[0] === r[1]) return start;
      return start + (zh ? " 到 " : " to ") + r[1];
    });
    var joined = spans.length > 1
      ? spans.slice(0, -1).join(zh ? "、" : ", ") + (zh ? " 和 " : " and ") + spans[spans.length - 1]
      : spans[0];
    if (a.kind === "t") {
      return zh
        ? "从 " + pkg + " " + a.first + " 起认识 model type '" + a.word + "'" + (present ? "" : "（最后一个是 " + a.last + "）") + "。"
        : pkg + " knows the model type '" + a.word + "' from " + a.first + " on" + (present ? "" : " (last in " + a.last + ")") + ".";
    }
    if (a.before && present && a.ranges.length === 1) {
      return zh
        ? a.label + " 在 " + pkg + " 收录的所有版本中（" + a.oldest + " 到 " + a.newest + "；更早的版本未收录）。"
        : a.label + " is in every release of " + pkg + " indexed (" + a.oldest + " to " + a.newest + "; older releases are not indexed).";
    }
    var prefix = "";
    if (a.asked) {
      prefix = zh
        ? pkg + " 的任何版本（" + a.oldest + " 到 " + a.newest + "）的 " + a.asked + " 里都没有 " + a.word + "。"
        : "No release of " + pkg + " (" + a.oldest + " to " + a.newest + ") has " + a.word + " in " + a.asked + ". ";
    }
    if (zh) {
      return prefix + pkg + " 的 " + joined + (/[\u3000-\uffff]$/.test(joined) ? "" : " ") + "版本有 " + a.label + "。" +
        (present ? "（最新版是 " + a.newest + "。）" : a.removed_in ? a.removed_in + " 起被移除。" : "");
    }
    return prefix + a.label + " is in " + pkg + " " + joined + "." +
      (present ? " (The newest release is " + a.newest + ".)" : a.removed_in ? " Removed in " + a.removed_in + "." : "");
  }

  var WORDS = {
    en: { title: "Which release has it", install: "A working environment for this code:",
      check: "Check what is installed:", why: "Why code and library versions do not match",
      whyModel: "Model type not recognised: when a model is newer than the library",
      whyOther: "Versions of peft, trl, huggingface_hub, accelerate and sentence-transformers",
      yanked: "(its first release of this range was yanked; pip installs the next one)" },
    zh: { title: "哪个版本有它", install: "让这段代码能运行的环境：", check: "查看已安装的版本：",
      why: "代码和库的版本不匹配：原因和办法", whyModel: "不认识的 model type：模型比库新",
      whyOther: "peft、trl、huggingface_hub、accelerate 和 sentence-transformers 的版本",
      yanked: "（这一段的第一个版本已被撤回（yanked），pip 会装下一个）" },
  };

  function siteRoot() {
    return assetsBase.replace(/assets\/$/, "");
  }

  function pageHref(page, lang) {
    // The offline bundle (opened from file://) is built without directory URLs: page.html.
    var offline = root.location && root.location.protocol === "file:";
    return siteRoot() + (lang === "zh" ? "zh/" : "") + page + (offline ? ".html" : "/");
  }

  function codeBlock(doc, text) {
    var pre = doc.createElement("pre"), code = doc.createElement("code");
    code.textContent = text;
    pre.appendChild(code);
    return pre;
  }

  function render(a, lang) {
    var doc = root.document, w = WORDS[lang] || WORDS.en;
    var box = doc.createElement("div");
    box.className = "kb-oracle";
    box.setAttribute("data-kb-oracle", "");
    box.setAttribute("data-package", a.package);
    box.setAttribute("data-kind", a.kind);
    box.setAttribute("data-first", a.first || "none");
    box.setAttribute("data-last", a.last || "none");
    if (a.ranges.length > 1) box.setAttribute("data-ranges", JSON.stringify(a.ranges));
    box.lang = lang === "zh" ? "zh" : "en";
    var head = doc.createElement("p"), strong = doc.createElement("strong");
    strong.textContent = w.title + (lang === "zh" ? "。" : ".");
    head.appendChild(strong);
    head.appendChild(doc.createTextNode(" " + sentence(a, lang) + (a.yanked_first ? " " + w.yanked : "")));
    box.appendChild(head);
    if (a.pip) {
      var p1 = doc.createElement("p");
      p1.textContent = w.install;
      box.appendChild(p1);
      box.appendChild(codeBlock(doc, a.pip));
    }
    var p2 = doc.createElement("p");
    p2.textContent = w.check;
    box.appendChild(p2);
    box.appendChild(codeBlock(doc, a.check));
    var p3 = doc.createElement("p"), link = doc.createElement("a");
    link.href = pageHref(a.page, lang);
    link.textContent = a.page === "version-incompat" ? w.why : a.page === "model-too-new" ? w.whyModel : w.whyOther;
    p3.appendChild(link);
    box.appendChild(p3);
    return box;
  }

  async function answerFor(lines, lang, options) {
    try {
      var a = await lookup(lines, options);
      return a ? render(a, lang) : null;
    } catch (err) {
      return null;  // an answer is extra: never break the search results
    }
  }

  var api = {
    answerFor: answerFor, lookup: lookup, render: render, sentence: sentence, recognise: recognise,
    recogniseTyped: recogniseTyped, shardOf: shardOf, pipSpec: pipSpec, _load: null,
  };
  root.kbReleases = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
