/*
 * The which-release page (/which-release/, /zh/which-release/): the reader pastes an error or types a
 * name; kb-releases.js (loaded on the first question, not with the page) answers it. ?q=... fills the
 * box and answers at once, so an answer can be linked.
 */
(function () {
  "use strict";
  var form = document.getElementById("kb-which-form");
  if (!form) return;
  var input = document.getElementById("kb-which-input");
  var out = document.getElementById("kb-which-answer");
  var zh = document.documentElement.lang === "zh";
  var src = (document.currentScript || { src: "" }).src.replace(/kb-which-release\.js([?#].*)?$/, "kb-releases.js");
  var loading = null;

  function load() {
    if (window.kbReleases) return Promise.resolve(window.kbReleases);
    if (!loading) {
      loading = new Promise(function (resolve) {
        var el = document.createElement("script");
        el.src = src;
        el.onload = function () { resolve(window.kbReleases || null); };
        el.onerror = function () { resolve(null); };
        document.head.appendChild(el);
      });
    }
    return loading;
  }

  function say(text) {
    var p = document.createElement("p");
    p.className = "kb-which-none";
    p.textContent = text;
    out.replaceChildren(p);
  }

  function ask() {
    var lines = input.value.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean).reverse();
    if (!lines.length) return;
    out.setAttribute("aria-busy", "true");
    load().then(function (api) {
      if (!api) return null;
      return api.answerFor(lines, zh ? "zh" : "en", { typed: true });
    }).then(function (el) {
      out.removeAttribute("aria-busy");
      if (el) out.replaceChildren(el);
      else say(zh ? "没有找到：这几行里没有索引认识的名字（transformers、peft、trl、huggingface_hub、accelerate、sentence-transformers 的公开名字和 model type）。"
                  : "Nothing found: these lines name nothing the index knows (public names and model types of transformers, peft, trl, huggingface_hub, accelerate, sentence-transformers).");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    ask();
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    ask();
  }
})();
