// Comparison pages: choose whom to compare. Checkboxes show or hide the actors' columns,
// the choice is kept in the URL (?visa=eskilstuna-sd,eskilstuna-v) so it can be shared and
// survives a reload, and a live region says how many actors are shown. The page reads the
// URL as it loads: the script in compare.md.j2 ticks the boxes it names before the columns
// are drawn. "Välj bort alla" clears every box, so a voter can then pick the two to compare
// (?visa= with nothing after it: none shown, and the live region says how to choose).
// Without scripting the chooser stays hidden and every column is visible. No third-party code.
(function () {
  "use strict";

  function setUp() {
    var chooser = document.querySelector("[data-vlv-chooser]");
    if (!chooser || chooser.dataset.vlvReady) return;
    chooser.dataset.vlvReady = "1";
    var boxes = Array.prototype.slice.call(chooser.querySelectorAll("input[type=checkbox]"));
    var status = document.querySelector("[data-vlv-status]");  // after the fieldset, not in it (compare.md.j2)
    var showAll = chooser.querySelector("[data-vlv-show-all]");
    var showNone = chooser.querySelector("[data-vlv-show-none]");
    var columns = document.querySelector("[data-vlv-compare]");
    var jump = document.querySelector("[data-vlv-jump]");  // the links to the columns, above the chooser

    function apply() {
      var shown = 0;
      boxes.forEach(function (box) {
        var column = document.getElementById(box.dataset.column);
        if (column) column.hidden = !box.checked;
        // A link to a column that is not shown would lead nowhere: its box goes with the column.
        var link = jump && jump.querySelector('a[href="#' + box.dataset.column + '"]');
        if (link) link.parentNode.hidden = !box.checked;
        if (box.checked) shown += 1;
      });
      columns.dataset.columns = shown;  // the rows are laid out for the actors shown (extra.css)
      if (jump) {  // and the links shown only while those columns do not fit on one row
        jump.hidden = !shown;
        jump.dataset.columns = shown;
      }
      say(shown ? shown + " av " + boxes.length + (boxes.length === 1 ? " aktör visas" : " aktörer visas")
        : status.dataset.vlvNone);
    }

    // The line is a live region only once it says how many are shown as the page loads, so a
    // screen reader does not read it unasked; after that a choice that leaves it as it was
    // ("Välj bort alla" twice) says it again.
    function say(text) {
      if (!status.hasAttribute("role") || status.textContent !== text) {
        status.textContent = text;
        return;
      }
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 100);
    }

    function remember() {
      var chosen = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      var query = chosen.length === boxes.length ? "" : "?visa=" + chosen.join(",");
      window.history.replaceState(null, "", window.location.pathname + query + window.location.hash);
    }

    function checkAll(checked) {
      boxes.forEach(function (box) { box.checked = checked; });
      apply();
      remember();
    }

    boxes.forEach(function (box) {
      box.addEventListener("change", function () { apply(); remember(); });
    });
    showAll.addEventListener("click", function () { checkAll(true); });
    showNone.addEventListener("click", function () { checkAll(false); });
    chooser.hidden = false;
    status.hidden = false;
    apply();
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    // The boxes already say what the address chose (compare.md.j2 ticks them as the page is
    // read, and hides the other columns with a style until now): `hidden` takes over.
    var early = document.querySelector("style[data-vlv-chosen]");
    if (early) early.remove();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
