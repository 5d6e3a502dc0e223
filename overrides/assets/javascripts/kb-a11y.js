// Material wraps each code block's copy button in a <nav class="md-code__nav">: several unnamed
// navigation landmarks per page (axe landmark-unique). Give each one its own name.
(function () {
  var zh = document.documentElement.lang === "zh";
  function label() {
    document.querySelectorAll("nav.md-code__nav").forEach(function (nav, i) {
      if (!nav.hasAttribute("aria-label"))
        nav.setAttribute("aria-label", zh ? "代码块 " + (i + 1) + " 操作" : "Code block " + (i + 1) + " actions");
    });
  }
  new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", label);
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
