/* event-kg: highlight the evidence span a link points at (#<doc>-ev-S-E or #ev-S-E).
   The server also marks ?hl=S-E in the HTML itself; the report has only this. */
(function () {
  "use strict";
  function show() {
    var m = /^#(.*?)ev-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) return;
    var anchor = document.getElementById(window.location.hash.slice(1));
    if (!anchor) return;
    var text = anchor.closest(".release-text");
    if (!text) return;
    text.querySelectorAll(".ev.hl").forEach(function (e) { e.classList.remove("hl"); });
    var id = m[2] + "-" + m[3];
    text.querySelectorAll(".ev").forEach(function (e) {
      if ((" " + e.getAttribute("data-ev") + " ").indexOf(" " + id + " ") >= 0) e.classList.add("hl");
    });
  }
  window.addEventListener("hashchange", show);
  show();
})();
