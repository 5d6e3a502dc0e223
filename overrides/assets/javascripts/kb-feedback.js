// "Was this page helpful?" (partials/feedback.html): no analytics, no request. "Yes" only thanks;
// "no" is a link to a new, prefilled issue, to which this adds what the reader searched for.
(function () {
  var form = document.querySelector("form[data-kb-feedback]");
  if (!form) return;
  var params = new URLSearchParams(location.search);
  var searched = (params.get("q") || params.get("h") || "").slice(0, 500);
  var no = form.querySelector("a[data-md-value='0']");
  if (searched) {
    var body = form.dataset.issueBody + "\n" + "Searched for: " + searched + "\n";
    no.href = form.dataset.issueUrl + "?title=" + encodeURIComponent(form.dataset.issueTitle) +
      "&body=" + encodeURIComponent(body);
  }
  form.hidden = false;
  form.addEventListener("click", function (event) {
    var choice = event.target.closest(".md-feedback__list [data-md-value]");
    if (!choice) return;
    form.querySelector(".md-feedback__list").hidden = true;
    var note = form.querySelector(".md-feedback__note [data-md-value='" + choice.dataset.mdValue + "']");
    note.hidden = false;
    note.setAttribute("role", "status");
  });
})();
