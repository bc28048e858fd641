/* Vem lovar vad? – the search index is fetched when the voter opens the search, not on every page.
   Material's bundle requests search/search_index.json as soon as a page is shown and has its
   worker index all of it (60 KB gzipped, about 0.2 s of processor time on a desktop, several
   times that on a phone), whether or not the voter searches. This script, loaded before the
   bundle, holds that one request back until the search is opened: focus in the search field
   (a click, Tab, the theme's keys f, s and /, or an address with `?q=`, for which the theme
   focuses the field itself), the search button of a phone's header, or an address with `?h=`
   (words a search result highlights on the page it opens), which needs the index at once. The
   bundle's request itself is unchanged; it is only sent later.
   Zensical fetches search.json instead, which is not held back (its search opens by ways this
   script does not watch). */
(function () {
  "use strict";
  var config = document.getElementById("__config");
  if (!config || typeof window.XMLHttpRequest === "undefined") return;
  var index;
  try {
    index = new URL("search/search_index.json", new URL(JSON.parse(config.textContent).base, location.href)).href;
  } catch (error) {
    return;
  }

  var held = [];            // [request, arguments of send] until the search opens
  var opened = false;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    try {
      this.vlvSearchIndex = new URL(String(url), location.href).href === index;
    } catch (error) {
      this.vlvSearchIndex = false;
    }
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    if (this.vlvSearchIndex && !opened) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function searchOpened() {
    if (opened) return;
    opened = true;
    document.removeEventListener("focusin", onFocus, true);
    document.removeEventListener("change", onChange, true);
    held.splice(0).forEach(function (request) { send.apply(request[0], request[1]); });
  }

  function onFocus(event) {
    var target = event.target;
    if (target && target.closest && target.closest(".md-search")) searchOpened();
  }

  function onChange(event) {
    var target = event.target;
    if (target && target.id === "__search" && target.checked) searchOpened();
  }

  if (new URLSearchParams(location.search).has("h")) {
    searchOpened();
  } else {
    document.addEventListener("focusin", onFocus, true);
    document.addEventListener("change", onChange, true);
  }
})();
