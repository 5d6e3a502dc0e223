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
