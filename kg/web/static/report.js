/* event-kg report: filter the events table as you type (the file has no server behind it). */
(function () {
  "use strict";
  var form = document.querySelector("form.filters[data-client]");
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("#events tr.event-row"));
  var count = document.getElementById("count");
  function apply(evt) {
    if (evt) evt.preventDefault();
    var q = (form.q.value || "").toLowerCase().split(/\s+/).filter(Boolean);
    var place = (form.place.value || "").toLowerCase().trim();
    var year = form.year.value, kind = form.kind.value, shown = 0;
    rows.forEach(function (r) {
      var name = r.getAttribute("data-name"), where = r.getAttribute("data-place");
      var ok = q.every(function (w) { return name.indexOf(w) >= 0 || where.indexOf(w) >= 0; })
        && (!place || where.indexOf(place) >= 0)
        && (!year || r.getAttribute("data-year") === year)
        && (!kind || (" " + r.getAttribute("data-kind") + " ").indexOf(" " + kind + " ") >= 0);
      r.style.display = ok ? "" : "none";
      if (ok) shown++;
    });
    if (count) count.textContent = shown + " of " + rows.length + " events";
  }
  form.addEventListener("submit", apply);
  form.addEventListener("input", function () { apply(); });
})();
