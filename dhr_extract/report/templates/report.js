"use strict";
// Index: sort by a column, filter to the documents that need review.
document.querySelectorAll("table.sortable th").forEach(function (th, column) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var asc = th.dataset.dir !== "asc";
    th.closest("tr").querySelectorAll("th").forEach(function (o) { delete o.dataset.dir; });
    th.dataset.dir = asc ? "asc" : "desc";
    var key = function (row) { var c = row.cells[column]; return c.dataset.v !== undefined ? c.dataset.v : c.textContent; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
      var d = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return asc ? d : -d;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
var onlyFlagged = document.getElementById("flagged-only");
if (onlyFlagged) {
  onlyFlagged.addEventListener("change", function () {
    document.querySelectorAll("#documents tbody tr").forEach(function (row) {
      row.hidden = onlyFlagged.checked && row.dataset.flag !== "1";
    });
  });
}
// Document page: a record highlights its rows; a row scrolls to its record.
function highlight(section, attribute, value) {
  document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
  var found = section.querySelectorAll(".band[data-" + attribute + "='" + value + "']");
  found.forEach(function (el) { el.classList.add("hl"); });
  if (found.length) { found[0].scrollIntoView({block: "center"}); }
}
document.querySelectorAll(".rec, .action").forEach(function (el) {
  el.addEventListener("click", function (event) {
    event.stopPropagation();
    var section = el.closest(".section");
    if (el.classList.contains("action")) { highlight(section, "action", el.dataset.action); }
    else { highlight(section, "rec", el.dataset.rec); }
    el.classList.add("hl");
  });
});
document.querySelectorAll(".band").forEach(function (band) {
  band.addEventListener("click", function () {
    var section = band.closest(".section");
    var id = band.dataset.action || band.dataset.rec;
    var record = id ? document.getElementById(section.id + "-" + id) : null;
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    band.classList.add("hl");
    if (record) { record.classList.add("hl"); record.scrollIntoView({block: "center"}); }
  });
});
