// Material wraps each code block's copy button in a <nav class="md-code__nav">: several unnamed
// navigation landmarks per page (axe landmark-unique). Give each one its own name.
// Only the nodes each mutation adds are looked at: a query of the whole document on every
// mutation was the longest task of a page with many code blocks at load (150-290 ms of total
// blocking time on /cuda-oom/, Lighthouse mobile).
(function () {
  var zh = document.documentElement.lang === "zh";
  var n = 0;
  function name(nav) {
    if (nav.hasAttribute("aria-label")) return;
    n += 1;
    nav.setAttribute("aria-label", zh ? "代码块 " + n + " 操作" : "Code block " + n + " actions");
  }
  function scan(root) {
    if (root.nodeType !== 1) return;
    if (root.matches("nav.md-code__nav")) name(root);
    if (root.firstElementChild) root.querySelectorAll("nav.md-code__nav").forEach(name);
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) { r.addedNodes.forEach(scan); });
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () { scan(document.documentElement); });
})();

// "Was this page helpful?" sits at the end of the page: its script is fetched once the page has
// loaded, off the critical path (partials/feedback.html, kb-feedback.js).
(function () {
  var src = document.currentScript && document.currentScript.dataset.feedbackSrc;
  if (!src) return;
  window.addEventListener("load", function () {
    if (!document.querySelector("form[data-kb-feedback]")) return;
    var script = document.createElement("script");
    script.src = src;
    document.head.appendChild(script);
  });
})();
