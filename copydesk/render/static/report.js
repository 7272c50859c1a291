(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  function ids(m) { return m.getAttribute("data-f").split(" "); }
  function select(i, scroll) {
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    document.querySelectorAll(".finding.selected").forEach(function (f) { f.classList.remove("selected"); });
    var item = document.getElementById("f-" + i);
    if (item) { item.classList.add("selected"); }
    var mine = marks.filter(function (m) { return ids(m).indexOf(String(i)) >= 0; });
    mine.forEach(function (m) { m.classList.add("focus"); });
    if (scroll && mine.length) { mine[0].scrollIntoView({block: "center"}); }
    return item;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var b = t.closest ? t.closest("[data-select]") : null;
    if (b) { ev.preventDefault(); select(b.getAttribute("data-select"), true); return; }
    var m = t.closest ? t.closest("mark[data-f]") : null;
    if (m && !m.classList.contains("off")) {
      var first = ids(m).filter(function (i) { var f = document.getElementById("f-" + i); return f && !f.hidden; })[0];
      if (first !== undefined) {
        var item = select(first, false);
        if (item) { item.scrollIntoView({block: "nearest"}); }
      }
    }
  });
  function applyFilters() {
    var fams = {};
    document.querySelectorAll("input[data-filter=family]").forEach(function (c) { fams[c.value] = c.checked; });
    var sel = document.querySelector("select[data-filter=category]");
    var cat = sel ? sel.value : "";
    var shown = {};
    document.querySelectorAll(".finding").forEach(function (f) {
      var ok = fams[f.getAttribute("data-family")] !== false && (!cat || f.getAttribute("data-category") === cat);
      f.hidden = !ok;
      shown[f.id.slice(2)] = ok;
    });
    marks.forEach(function (m) {
      m.classList.toggle("off", !ids(m).some(function (i) { return shown[i]; }));
    });
  }
  document.querySelectorAll("[data-filter]").forEach(function (el) { el.addEventListener("change", applyFilters); });
})();
