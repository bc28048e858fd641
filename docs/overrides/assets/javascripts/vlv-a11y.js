/* Vem lovar vad? – accessibility fixes to the themes' markup that CSS cannot make.
   Local script, no dependencies. It sets attributes, swaps the phone's two header labels
   for real buttons, adds a scroll hint above wide tables, names the matrix's cell links by
   their actor and topic (words for screen readers alone), marks a search suggestion that does
   not fit its field, moves the focus to where a link on the page leads and turns the themes'
   single-key shortcuts off, and gives Zensical's search dialog Swedish words, a style sheet and
   results named by their text; nothing else in the page. */
(function () {
  "use strict";

  // The search dialog gets a name; the result count ("12 sökresultat") is announced.
  // Material's search (with .md-search__input) is a dialog only while it is open: closed, on a
  // wide screen it is the field in the header, which screen readers announced as a dialog
  // (and on phones an empty one). Its toggle fires "change" whenever it opens or closes.
  // Zensical's .md-search only holds the header's search button: its dialog is a <dialog> of
  // its own, in a shadow root, so the button is no dialog at all, but the page's search.
  var SEARCH_NAME = "Sök på webbplatsen";
  function labelSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    var toggle = document.getElementById("__search");
    if (dialog && toggle && document.querySelector(".md-search__input")) {
      var sync = function () {
        if (toggle.checked) {
          dialog.setAttribute("role", "dialog");
          dialog.setAttribute("aria-label", SEARCH_NAME);
        } else {
          dialog.removeAttribute("role");
          dialog.removeAttribute("aria-label");  // not allowed on an element without a role
        }
      };
      sync();
      toggle.addEventListener("change", sync);
    } else if (dialog) {
      // Zensical's: the search landmark, as Material's field is, so that a screen reader's
      // list of landmarks leads to the search (its <dialog> opens from the button).
      dialog.setAttribute("role", "search");
      dialog.removeAttribute("aria-label");  // "Sök" again, beside its button "Sök"
    }
    // Material's results are reached with the arrow keys, Enter opens the first (or the one
    // chosen), and Tab and Escape close the search: nothing said so to a keyboard or screen
    // reader user, for whom Tab is how a page is walked. The field is described by it, read
    // once when the field is reached; not in the line under it, a status read out again
    // each time the field is emptied.
    var input = document.querySelector(".md-search__input");
    if (input && !document.getElementById("vlv-search-keys")) {
      var keys = document.createElement("span");
      keys.id = "vlv-search-keys";
      keys.className = "vlv-visually-hidden";
      keys.textContent = "Gå till träffarna med pil ner och mellan dem med pilarna; Enter öppnar en träff. " +
        "Tab och Esc stänger sökningen.";
      input.parentNode.appendChild(keys);
      input.setAttribute("aria-describedby", "vlv-search-keys");
    }
    var meta = document.querySelector(".md-search-result__meta");
    if (meta) {
      meta.setAttribute("role", "status");
      meta.setAttribute("aria-live", "polite");
      meta.setAttribute("aria-atomic", "true");
    }
    // Material's "Rensa" button stands in a <nav> named "Sök": a second "Sök" in the list of
    // landmarks, beside the search itself, leading to no links.
    var options = document.querySelector("nav.md-search__options");
    if (options) {
      options.setAttribute("role", "none");
      options.removeAttribute("aria-label");  // not allowed without a role
    }
    var results = document.querySelector(".md-search-result__list");
    if (results) new MutationObserver(readableResults).observe(results, { childList: true, subtree: true });
    // The suggested rest of the word is drawn behind the field as text of its own: a screen
    // reader read the query again after the field ("hemlö … hemlöshet"), as something else.
    var suggestion = document.querySelector(".md-search__suggest");
    if (suggestion) suggestion.setAttribute("aria-hidden", "true");
  }

  // Each search result is a link around an <article>, whose text a link's name is not made
  // from: the arrow keys moved from one link to the next and screen readers said "länk" alone
  // (13 nameless links for "hemlöshet"). The article is taken out of what is read, so each
  // link is named by its page's title and the words around the match. The titles were <h1>s
  // and a section's <h2>: a page with the search open had a dozen headings of level 1 beside
  // its own; they become the levels under it.
  function readableResults() {
    document.querySelectorAll(".md-search-result__article:not([role])").forEach(function (article) {
      article.setAttribute("role", "none");
      var title = article.querySelector("h1, h2");
      if (title) title.setAttribute("aria-level", title.tagName === "H1" ? "2" : "3");
    });
  }

  // A <label> that works a hidden input becomes a real button in its place, with the same
  // classes and content and the given name; the caller says what a click does.
  function asButton(label, name) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("aria-label", name);
    while (label.firstChild) button.appendChild(label.firstChild);
    label.replaceWith(button);
    return button;
  }

  // A button that opens what `toggle` (a hidden checkbox) opens says whether it is open; the
  // theme also closes things without an event, so it is said again when the button has focus.
  function expandedWith(button, toggle) {
    var sync = function () { button.setAttribute("aria-expanded", String(toggle.checked)); };
    sync();
    toggle.addEventListener("change", sync);
    button.addEventListener("focus", sync);
  }

  // The menu and search buttons are <label>s for hidden checkboxes, which a keyboard cannot
  // reach: they become real buttons that toggle the same checkbox and say whether it is open.
  var BUTTONS = { __drawer: "Meny", __search: "Sök" };
  function keyboardButtons() {
    Object.keys(BUTTONS).forEach(function (id) {
      var toggle = document.getElementById(id);
      var label = document.querySelector("label.md-header__button[for=" + id + "]");
      if (!toggle || !label) return;
      var button = asButton(label, BUTTONS[id]);
      button.setAttribute("data-vlv-toggle", id);
      // Zensical's search (no .md-search__input) is a modal dialog of its own: the checkbox
      // opens it but stays as it is when the dialog closes, so its state says nothing.
      if (id === "__search" && !document.querySelector(".md-search__input")) {
        button.setAttribute("aria-haspopup", "dialog");
      } else {
        expandedWith(button, toggle);
      }
      button.addEventListener("click", function () {
        toggle.click();  // checks the checkbox and fires "change", as the label did
        if (id === "__search" && toggle.checked) {
          var query = document.querySelector(".md-search__input");
          if (query) query.focus();
        }
      });
    });
  }

  // Below 60em the page's table of contents is a panel in the menu, opened by the current
  // page's entry and closed by the panel's title: <label>s for a hidden checkbox, which a
  // keyboard cannot reach (WCAG 2.1.1). They become buttons that keep `for`, which the
  // theme's style sheet places them by, and focus moves into the panel and back out with them.
  function tableOfContentsButtons() {
    var toggle = document.getElementById("__toc");
    var entry = document.querySelector(".md-nav--primary label.md-nav__link[for=__toc]");
    var title = document.querySelector(".md-nav--primary label.md-nav__title[for=__toc]");
    if (!toggle || !entry || !title) return;
    var open = asButton(entry, entry.textContent.trim() + ": innehållsförteckning");
    var back = asButton(title, title.textContent.trim() + ": tillbaka till menyn");
    [open, back].forEach(function (button) {
      button.setAttribute("for", "__toc");
      button.setAttribute("data-vlv-toggle", "__toc");
      button.addEventListener("click", function () {
        toggle.click();
        (toggle.checked ? back : open).focus();
      });
    });
    expandedWith(open, toggle);
  }

  // The menu drawer on phones is a dialog while open: focus moves into it, Tab and Shift+Tab
  // stay inside it (the page behind is covered), and Escape closes it and returns focus to
  // the menu button. Material leaves Tab free to reach the hidden page. While the table of
  // contents' panel is open in it, Tab stays in that panel, which covers the menu's list.
  function drawerFocus() {
    var toggle = document.getElementById("__drawer");
    var panel = document.querySelector(".md-sidebar--primary");
    if (!toggle || !panel) return;
    var opener = function () { return document.querySelector("[data-vlv-toggle=__drawer]"); };
    var within = function () {
      var contents = document.getElementById("__toc");
      var inner = contents && contents.checked && panel.querySelector(".md-nav--primary .md-nav--secondary");
      return inner && inner.getClientRects().length > 0 && window.getComputedStyle(inner).visibility !== "hidden"
        ? inner : panel;
    };
    var reachable = function () {
      return Array.prototype.filter.call(within().querySelectorAll("a[href], button, input, [tabindex]"), function (el) {
        return el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0 &&
          window.getComputedStyle(el).visibility !== "hidden";
      });
    };
    toggle.addEventListener("change", function () {
      if (!toggle.checked) return;
      var items = reachable();
      if (items.length) window.setTimeout(function () { items[0].focus(); }, 0);
    });
    document.addEventListener("keydown", function (event) {
      if (!toggle.checked || !window.matchMedia("(max-width: 76.2344em)").matches) return;
      if (event.key === "Escape") {
        event.preventDefault();
        toggle.click();
        if (opener()) opener().focus();
        return;
      }
      if (event.key !== "Tab") return;
      var items = reachable();
      if (!items.length) return;
      var first = items[0], last = items[items.length - 1], at = document.activeElement;
      if (!within().contains(at) || (event.shiftKey ? at === first : at === last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    });
  }

  // The colour-scheme toggle is a pair of radio buttons, the checked one named after the
  // *other* scheme ("Byt till mörkt läge, alternativknapp, markerad"), which Space cannot
  // change. Each visible label becomes a real button, named for what it does and worked by
  // Enter and Space, and focus stays on the toggle after the switch. Material still shows
  // the button of the scheme not in use (it sets `hidden` on the element after each radio).
  // A scheme chosen here is kept on later visits, until the voter chooses the screen's own;
  // until then the page follows the screen.
  function paletteButton() {
    var form = document.querySelector("[data-md-component=palette]");
    if (!form) return;
    var buttons = [];
    form.querySelectorAll("input.md-option").forEach(function (input) {
      input.tabIndex = -1;
      input.setAttribute("aria-hidden", "true");
      var label = input.nextElementSibling;
      if (!label || label.tagName !== "LABEL") return;
      var target = document.getElementById(label.htmlFor);
      var button = asButton(label, label.title);
      button.title = label.title;
      button.hidden = label.hidden;
      buttons.push(button);
      button.addEventListener("keydown", function (event) {
        if (event.key === "Enter") event.stopPropagation();  // Material's Enter on the form would switch back
      });
      button.addEventListener("click", function () {
        // The voter's own choice, kept across visits (main.html forgets any other); choosing
        // the scheme the screen has goes back to following the screen.
        var media = target && target.getAttribute("data-md-color-media");
        if (window.__md_set) window.__md_set("vlv.palette.chosen", !(media && window.matchMedia(media).matches));
        if (target) target.click();
        window.setTimeout(function () {
          var shown = buttons.filter(function (other) { return !other.hidden; })[0];
          if (shown) shown.focus();
        }, 0);
      });
    });
  }

  // Both themes act on single keys pressed outside a text field: /, s and f open the search,
  // n, p, "." and "," go to the next or previous page of the menu. A voter who speaks to the
  // computer, or brushes a key, was moved to another page or into the search, with no way to
  // turn the keys off (WCAG 2.1.4). The keys stop here, before the themes' listeners on the
  // window. The search is reached by Tab, as every control is, and opened by its button.
  var SHORTCUTS = ["/", "s", "f", "n", "p", ".", ","];
  function noCharacterShortcuts() {
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (SHORTCUTS.indexOf(event.key) < 0) return;
      var path = event.composedPath(), target = path[0];
      if (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      // Within an open search (on a result, say) a letter goes back to the search's field.
      if (path.some(function (node) {
        return node.nodeType === 1 && (node.tagName === "DIALOG" || node.classList.contains("md-search"));
      })) return;
      event.stopPropagation();
    });
  }

  // On phones the open search covers the page like a dialog, opened by the search button.
  // Material closes it on Escape and leaves focus nowhere (on the page's body): give it back
  // to the button, as the menu does. On wider screens the field stays in the header and
  // focusing it would open the search again, so focus is left where Material leaves it.
  function searchEscape() {
    var toggle = document.getElementById("__search");
    if (!toggle) return;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked) return;
      window.setTimeout(function () {
        var button = document.querySelector("[data-vlv-toggle=__search]");
        var at = document.activeElement;
        var lost = !at || at === document.body || at.closest(".md-search");
        if (toggle.checked || !lost || !button || !button.getClientRects().length) return;
        button.focus();
      }, 0);
    });
  }

  // Material's search suggests the rest of the last word ("verksamhetspl" → "verksamhetsplan")
  // in grey, in a layer behind the field's text that does not scroll with it: a query wider
  // than the field (on a phone, or with the text enlarged) scrolled under its own unscrolled
  // copy, two texts drawn over each other and neither legible. The suggestion is marked while
  // it or the query does not fit the field, and extra.css leaves it out then.
  function suggestionThatFits() {
    var input = document.querySelector(".md-search__input");
    var suggestion = document.querySelector(".md-search__suggest");
    if (!input || !suggestion) return;
    var check = function () {
      var unfit = input.scrollWidth > input.clientWidth || suggestion.scrollWidth > suggestion.clientWidth;
      if (unfit) suggestion.setAttribute("data-vlv-unfit", "");
      else suggestion.removeAttribute("data-vlv-unfit");
    };
    new MutationObserver(check).observe(suggestion, { childList: true, characterData: true, subtree: true });
    ["input", "scroll", "focus", "keyup"].forEach(function (type) { input.addEventListener(type, check); });
    window.addEventListener("resize", check);
  }

  // A heading's text without the "#" beside it.
  function headingText(heading) {
    return Array.prototype.filter.call(heading.childNodes, function (node) {
      return !(node.classList && node.classList.contains("headerlink"));
    }).map(function (node) { return node.textContent; }).join("").replace(/\s+/g, " ").trim();
  }

  // The heading of the section an element stands in: the nearest heading before it.
  function headingBefore(element) {
    for (var node = element; node && !node.matches(".md-content"); node = node.parentElement) {
      for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
        if (/^H[1-6]$/.test(before.tagName)) return before;
      }
    }
    return null;
  }

  // Regions that scroll sideways (wide tables, code) can be reached and scrolled by
  // keyboard, are named after their caption (a table without one after its section's heading:
  // six regions "Tabell", "Tabell 2" … on the open-data page said nothing), and show a hint
  // above while they scroll.
  // Regions that fit stay plain, so they add no stop to Tab or to the landmark list.
  function scrollRegions() {
    var regions = document.querySelectorAll(
      ".md-content .vlv-table-wrap, .md-content .md-typeset__scrollwrap, .md-content pre > code");
    // All measured before any is changed: one layout of the page, not one per region.
    var scrolling = Array.prototype.map.call(regions, function (r) { return r.scrollWidth > r.clientWidth + 1; });
    var seen = {};  // landmark names must be unique: a repeated one gets a number
    regions.forEach(function (region, index) {
      var isCode = region.tagName === "CODE";
      var scrolls = scrolling[index];
      if (scrolls) {
        var caption = region.querySelector("caption");
        var heading = caption ? null : headingBefore(region);
        var name = isCode ? "Kodexempel" : caption ? caption.textContent.trim() : heading ? headingText(heading) : "Tabell";
        seen[name] = (seen[name] || 0) + 1;
        if (seen[name] > 1 || isCode) name += " " + seen[name];
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", name + ", rullar i sidled");
        region.setAttribute("tabindex", "0");
      } else {
        ["role", "aria-label", "tabindex"].forEach(function (name) { region.removeAttribute(name); });
      }
      if (isCode) return;
      var hint = region.previousElementSibling;
      if (!hint || !hint.classList.contains("vlv-scroll-hint")) {
        hint = document.createElement("p");
        hint.className = "vlv-scroll-hint";
        hint.setAttribute("aria-hidden", "true");
        hint.textContent = "←\u00a0Tabellen är bredare än skärmen: rulla i\u00a0sidled\u00a0→";  // no arrow alone on a line
        region.parentNode.insertBefore(hint, region);
      }
      hint.hidden = !scrolls;
    });
  }

  // A link Tab moves to in a region that scrolls sideways is brought wholly into view. The
  // browser scrolls the region only until the link is partly in view: Tab from a row's last
  // column to the next row's second (open data's table of files) left "bell" of "dokumenttabell"
  // at the left edge, the rest and its focus ring cut off. A table whose first column stays at
  // the left edge while it scrolls (the matrix's topics, a budget's row names) covered the cell
  // Tab had just moved to, the browser scrolling it only to the region's edge, under that
  // column: the link is brought clear of the column too. 8 px: room for the focus ring.
  function stickyColumnFocus() {
    document.addEventListener("focusin", function (event) {
      var target = event.target;
      var region = target.closest ? target.closest(".vlv-table-wrap, .md-typeset__scrollwrap") : null;
      if (!region || region.scrollWidth <= region.clientWidth) return;
      var box = region.getBoundingClientRect(), at = target.getBoundingClientRect();
      var left = box.left + region.clientLeft, right = left + region.clientWidth;
      var cell = target.closest("td, th");
      var first = cell && cell.parentElement.firstElementChild;
      if (first && first !== cell && window.getComputedStyle(first).position === "sticky") {
        left = first.getBoundingClientRect().right;
      }
      if (at.left < left + 8) region.scrollLeft -= left + 8 - at.left;
      else if (at.right > right - 8 && at.width <= right - left - 16) region.scrollLeft += at.right - (right - 8);
    });
  }

  // The "#" beside each heading is for the pointer alone. Inside the heading, whatever name it
  // had was read as part of the heading's: the list of headings a screen-reader user skims a
  // page by read each one twice ("Sammanfattning Länk till rubriken Sammanfattning"), and
  // named "#" it would read "Sammanfattning nummer". It is taken out of what screen readers
  // read and out of the Tab order (a Tab stop beside every heading); the page's table of
  // contents links to the same sections by their headings' names.
  function headingLinks() {
    document.querySelectorAll(".md-content a.headerlink").forEach(function (link) {
      link.setAttribute("aria-hidden", "true");
      link.tabIndex = -1;
    });
  }

  // The menu's and the tabs' links to the page itself say so to screen readers, as the
  // underline does on screen (`aria-current`).
  function currentPage() {
    var here = location.href.split("#")[0].split("?")[0];
    document.querySelectorAll("a.md-tabs__link[href], .md-nav--primary a.md-nav__link[href]").forEach(function (link) {
      if (link.getAttribute("href").indexOf("#") >= 0) return;  // a section of the page, in its table of contents
      if (link.href.split("?")[0] === here) link.setAttribute("aria-current", "page");
    });
  }

  // Zensical's skip link leads to a mark before the page's edit button (#__skip), MkDocs' to
  // the page's heading: a keyboard user skipping the menu met the edit button first. Both
  // lead to the heading.
  function skipToHeading() {
    var skip = document.querySelector("a.md-skip[href='#__skip']");
    var heading = document.querySelector("article h1[id]");
    if (skip && heading) skip.setAttribute("href", "#" + heading.id);
  }

  // A link to a place on the page (the skip link, a comparison's list of the actors' columns,
  // an item's or a source line's own link) scrolled there but left the focus where it was, on
  // the page itself (document.activeElement stayed <body>): a screen reader that follows the
  // focus stayed at the top, and said nothing of where the link led (whether one moves its own
  // cursor to the place depends on the browser). The place it leads to takes the focus (for as
  // long as it holds it, as a place Tab does not stop at), scrolled as the link scrolled it.
  function focusWhereLinksLead() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      var content = document.querySelector(".md-content");
      if (!link || !content || !(link.classList.contains("md-skip") || content.contains(link))) return;
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var target = id && document.getElementById(id);
      if (!target || !content.contains(target)) return;
      window.setTimeout(function () {
        if (event.defaultPrevented || document.activeElement === target) return;
        if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) {
          target.setAttribute("tabindex", "-1");
          target.addEventListener("blur", function () { target.removeAttribute("tabindex"); }, { once: true });
        }
        target.focus({ preventScroll: true });
      }, 0);
    });
  }

  // Printed pages show where each link leads (the absolute address, not a relative path).
  function printAddresses() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (href.charAt(0) === "#" || link.classList.contains("headerlink")) return;
      if (link.textContent.trim() === link.href) return;
      link.setAttribute("data-vlv-href", link.href);
    });
  }

  // The matrix's cells link to the comparison of their topic, each named by its figure alone
  // ("1 åtagande, 0 bakgrundspunkter"): in a table a screen reader says the row and column
  // with it (WCAG 2.4.4, in context), but its list of links showed dozens of the same names.
  // Each link is named by its actor and topic too, "Centerpartiet, Hemlöshet: 1 åtagande, …",
  // with words only screen readers read put first in it, here: in the page, the actor's and
  // topic's names again in each cell cost about 40 % of it (31 KB of 78 at 1,000 plans), past
  // the 100 KB every page must stay under. Words, not aria-label: a label that replaces the
  // figure differs from it by the soft hyphen that lets "bakgrundspunkter" break (axe's
  // label-content-name-mismatch, WCAG 2.5.3).
  function matrixCellNames() {
    document.querySelectorAll("table.vlv-matrix").forEach(function (table) {
      var actors = table.tHead ? table.tHead.rows[0].cells : [];
      table.querySelectorAll("tbody tr[data-topic]").forEach(function (row) {
        var topic = row.cells[0].textContent.trim();
        Array.prototype.forEach.call(row.querySelectorAll("td > a[href]"), function (link) {
          var head = actors[link.parentElement.cellIndex], abbr = head && head.querySelector("abbr[title]");
          if (!abbr || link.querySelector(".vlv-visually-hidden")) return;
          var said = document.createElement("span");
          said.className = "vlv-visually-hidden";
          said.textContent = abbr.title + ", " + topic + ": ";
          link.insertBefore(said, link.firstChild);
        });
      });
    });
  }

  // Zensical's search dialog (0.0.73, 0.1.2) is its own, in an open shadow root that neither extra.css
  // nor the theme's translations reach: its words are English, set in its script whatever
  // `theme.language` says (its documentation: "the search interface is not localized"), and
  // axe found four faults in it. What is mended here, once the dialog is drawn and whenever it
  // is drawn again, and only in a shadow root holding a <dialog> (a browser extension's is left):
  // - Its words in Swedish: a screen reader read "Close search", "Filters" and "10 results"
  //   with a Swedish voice (WCAG 3.1.2). The count is the theme's words for MkDocs' search
  //   (`translations` of the page's config: "10 sökresultat", "Inga sökresultat"); the words
  //   of the results themselves, the pages' texts, are never touched.
  // - A result's path ("Hemlöshet och bostad i Eskilstuna") was light grey, 3.36:1 on white,
  //   and the filters' "Tags" half transparent, 2.44:1 light and 3.68:1 dark (WCAG 1.4.3, 4.5:1).
  // - A result was named by its title alone (aria-labelledby) and described by its path: the
  //   words around the match, what a sighted voter reads to choose, were never read, and the
  //   name left out the text shown in the option (axe's label-content-name-mismatch, WCAG
  //   2.5.3). It is named by its content, title, path and excerpt, as Material's results are,
  //   the path left out where it only repeats the title.
  var ZENSICAL_WORDS = {
    "Search": "Sök",
    "Close search": "Stäng sökningen",
    "Filters": "Filter",
    "Tags": "Sökord",  // the topics' keywords, the pages' tags; "Sökord:" on the pages
    "Use Up and Down arrow keys to move between tags. Press Space or Enter to toggle a tag.":
      "Gå mellan sökorden med pil upp och pil ner. Mellanslag eller Enter väljer ett sökord eller tar bort det.",
    "Search results": "Sökresultat",
    "Loading search\u2026": "Förbereder sökningen",  // as partials/language.html says it to MkDocs' search
    "Search is unavailable. Reload the page to try again.": "Sökningen fungerar inte. Ladda om sidan och försök igen."
  };
  // The results and the filters' keywords (the pages' tags): the site's words, left as they are.
  var ZENSICAL_PAGE_TEXT = "[role=listbox], [role=toolbar]";
  // The path as 60 % of the text's colour, not 45 %: #666 on white, 5.7:1 (5.0:1 on a chosen
  // result's grey), and 7:1 in the dark scheme; the filters' heading as the filters' text.
  // WCAG 1.4.11: the field, which has no edge of its own, is told by the line under its row (its
  // buttons beside it), 7 % of the text's colour: 1.17:1 on the panel (1.2:1 dark); at half of
  // it, 4:1 (5.3:1). The chosen result, which Enter opens and the arrow keys move, was told by a
  // grey fill alone (1.14:1, 1.13:1 dark), and a chosen keyword of the filters by a tint (1.17:1,
  // 1.21:1) and its text's hue: both ringed in the accent too, as the dialog's focus is. The
  // dialog's panel, which holds the field, the results and the filters over the blurred page,
  // was told from the page by an edge of 7 % of the text's colour too (1.17:1 on the page behind,
  // 1.21:1 dark): drawn in half of it, as the field's line, 4:1 (5.3:1 dark). Up to 740 px wide
  // (Zensical's own breakpoint) the panel fills the screen and there is no page beside it to tell
  // it from: the edge was a frame along the screen's sides, and is left as Zensical draws it. The
  // filter button's count of chosen keywords, white on a dot of the accent, was 2.01:1 on the
  // dark scheme's light accent: drawn in the dialog's background colour, 8.9:1 there and white as
  // before on the light scheme's dark accent (7.7:1).
  // WCAG 1.4.3: up to 680 px wide (Zensical's breakpoint) the filters open over the results, in
  // their grey at 70 %, blurred: the results' text showed through behind the keywords, 4.2:1
  // (4.0:1 dark) at worst, over a title. Drawn in their grey alone there: 6.8:1 (7.9:1).
  var ZENSICAL_STYLE = "[role=option] menu { color: rgb(var(--color-foreground) / .6); }\n" +
    "[id$='-filters'] h4 { opacity: 1; }\n" +
    "@media (max-width: 680px) { [id$='-filters'] { background-color: rgb(var(--color-background-subtle)); } }\n" +
    "[aria-controls$='-filters'] > span { color: rgb(var(--color-background)); }\n" +
    "div:has(> div > [role=combobox]) { border-bottom-color: rgb(var(--color-foreground) / .5); }\n" +
    "@media not all and (max-width: 740px) " +
    "{ dialog > div:has([role=combobox]) { border-color: rgb(var(--color-foreground) / .5); } }\n" +
    "[role=option][aria-selected=true]::before, [role=toolbar] [aria-pressed=true]::before " +
    "{ box-shadow: inset 0 0 0 2px var(--color-highlight); }";

  // A style sheet of the site's own, adopted by the shadow root (once): a <style> put among the
  // dialog's elements would be removed when Zensical draws them again.
  function styleZensicalDialog(root) {
    if (root.vlvStyled || !("adoptedStyleSheets" in root) || typeof CSSStyleSheet !== "function") return;
    root.vlvStyled = true;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(ZENSICAL_STYLE);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet]);
    } catch (error) { /* a browser without constructable style sheets keeps Zensical's colours */ }
  }

  // Zensical's count ("10 results", "1,234 results", "No results") in the theme's words for
  // MkDocs' search, `translations` of the page's config; null for any other text.
  function zensicalCount(text, translations) {
    if (text === "No results") return translations["search.result.none"] || null;
    var found = /^([\d,]+) results?$/.exec(text);
    if (!found) return null;
    var number = Number(found[1].replace(/,/g, ""));
    var words = translations[number === 1 ? "search.result.one" : "search.result.other"];
    return words ? words.replace("#", number.toLocaleString("sv-SE")) : null;
  }

  // The dialog's words, its name and its controls' names, placeholder, headings and count, in
  // Swedish. Each is changed only where it is still Zensical's: a change is itself a mutation
  // the dialog is looked at again for.
  function swedishZensicalWords(dialog, translations) {
    var swedish = function (text) {
      return ZENSICAL_WORDS.hasOwnProperty(text) ? ZENSICAL_WORDS[text] : zensicalCount(text, translations);
    };
    // Named as Material's is, not "Sök" as its field.
    if (dialog.getAttribute("aria-label") !== SEARCH_NAME) dialog.setAttribute("aria-label", SEARCH_NAME);
    dialog.querySelectorAll("[aria-label], [placeholder]").forEach(function (element) {
      if (element.parentElement.closest(ZENSICAL_PAGE_TEXT)) return;
      ["aria-label", "placeholder"].forEach(function (name) {
        var said = element.hasAttribute(name) && swedish(element.getAttribute(name));
        if (said) element.setAttribute(name, said);
      });
    });
    var walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, function (node) {
      if (node.nodeType === 1) return node.matches(ZENSICAL_PAGE_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return NodeFilter.FILTER_ACCEPT;
    });
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      var said = swedish(text.data.trim());
      if (said) text.data = said;
    }
  }

  // Each result named by what it shows, as an option's content names it.
  function nameZensicalResultsByContent(dialog) {
    dialog.querySelectorAll("[role=option][aria-labelledby]").forEach(function (option) {
      option.removeAttribute("aria-labelledby");
      option.removeAttribute("aria-describedby");  // the path, now in its name
    });
    pathSaidOnce(dialog);
  }

  // A page's own result shows its title as its path too (the page it is on): named by its
  // content, it was read "Hemlöshet och bostad i Eskilstuna Hemlöshet och bostad i Eskilstuna"
  // before the words around the match, for most results. The path is left out of the name where
  // its words are the title's, and read where it says where a section is ("Sammanfattning",
  // then its document). A section named as its document ("Sociala insatser" in "Sociala insatser
  // – Liberalerna Eskilstuna (odaterat)") was read with the title twice over; its path, which
  // begins with the title, is read alone. Looked at whenever the results are drawn: Zensical
  // reuses an option's elements for the next query's results.
  function pathSaidOnce(dialog) {
    var words = function (element) { return element.textContent.replace(/\s+/g, " ").trim(); };
    var hidden = function (element, hide) {
      if (hide) element.setAttribute("aria-hidden", "true");
      else element.removeAttribute("aria-hidden");
    };
    dialog.querySelectorAll("[role=option]").forEach(function (option) {
      var title = option.querySelector("h1, h2"), path = option.querySelector("menu");
      if (!title || !path) return;
      var same = words(path) === words(title);
      hidden(path, same);
      hidden(title, !same && words(path).indexOf(words(title) + " ") === 0);
    });
  }

  // Zensical's excerpt begins after "..." 80 characters before the match, most often inside a
  // word: "... agande" (of "Ställningstagande"), "...mandatperiod", "... nfattning", shown and read
  // as a word of its own. The excerpt begins at the next word: the piece up to the first white
  // space after "..." is left out (one whole word where the cut fell at a word's start), but not
  // a piece that runs on into the match's mark or the hidden words. Once for each excerpt as
  // drawn: Zensical sets a piece's text again when it draws another result there.
  function excerptFromAWholeWord(dialog) {
    dialog.querySelectorAll("[role=option] h2 ~ div").forEach(function (excerpt) {
      var first = excerpt.firstChild, cut = excerpt.vlvCut;
      if (!first || first.nodeType !== 3 || first.data !== "...") return;
      if (cut && cut.node.parentNode === excerpt && cut.node.data === cut.data) return;
      for (var node = first.nextSibling; node && node.nodeType === 3; node = node.nextSibling) {
        if (!node.data.trim()) continue;
        var piece = /^\s*\S+(?=\s)/.exec(node.data);
        if (!piece) return;  // the word goes on beyond this text
        node.data = node.data.slice(piece[0].length);
        excerpt.vlvCut = { node: node, data: node.data };
        return;
      }
    });
  }

  // The filter button shows how many keywords are chosen on a dot that is hidden from screen
  // readers (aria-hidden), and was named "Filter" with none chosen or three: its name says the
  // count too, "Filter, 2 sökord valda", as the dot shows it.
  function nameZensicalFilterButton(dialog) {
    dialog.querySelectorAll("button[aria-controls$='-filters']").forEach(function (button) {
      var dot = button.querySelector("span"), count = dot ? Number(dot.textContent.trim()) : 0;
      var name = ZENSICAL_WORDS.Filters + (count ? ", " + count.toLocaleString("sv-SE") +
        (count === 1 ? " sökord valt" : " sökord valda") : "");
      if (button.getAttribute("aria-label") !== name) button.setAttribute("aria-label", name);
    });
  }

  // With no results, the filters' headings (h3 "Filter", h4 "Sökord") followed the page's h1
  // with no level 2 between them (axe's heading-order): they are levels 2 and 3, under the page.
  function levelZensicalFilterHeadings(dialog) {
    [["h3", "2"], ["h4", "3"]].forEach(function (heading) {
      dialog.querySelectorAll("[id$='-filters'] " + heading[0] + ":not([aria-level])").forEach(function (element) {
        element.setAttribute("aria-level", heading[1]);
      });
    });
  }

  function zensicalSearchDialog() {
    var translations = {};
    try { translations = JSON.parse(document.getElementById("__config").textContent).translations || {}; }
    catch (error) { /* no config: the count stays Zensical's */ }
    var mend = function (root) {
      var dialog = root.querySelector("dialog");
      if (!dialog) return;
      styleZensicalDialog(root);
      swedishZensicalWords(dialog, translations);
      nameZensicalResultsByContent(dialog);
      excerptFromAWholeWord(dialog);
      levelZensicalFilterHeadings(dialog);
      nameZensicalFilterButton(dialog);
    };
    // Zensical's shadow root is on an element it adds at the body's end, and it draws the
    // dialog there when the index has come and again as results come and go: each shadow root
    // of the body's elements is watched, and mended whenever it changes.
    var watched = [];
    var watch = function () {
      Array.prototype.forEach.call(document.body.children, function (element) {
        var root = element.shadowRoot;
        if (!root || watched.indexOf(root) >= 0) return;
        watched.push(root);
        mend(root);
        new MutationObserver(function () { mend(root); }).observe(root, {
          childList: true, subtree: true, characterData: true,
          attributes: true, attributeFilter: ["aria-label", "placeholder", "aria-labelledby"]
        });
      });
    };
    watch();
    new MutationObserver(watch).observe(document.body, { childList: true });
  }

  function init() {
    labelSearch();
    keyboardButtons();
    tableOfContentsButtons();
    drawerFocus();
    paletteButton();
    noCharacterShortcuts();
    searchEscape();
    suggestionThatFits();
    scrollRegions();
    headingLinks();
    currentPage();
    skipToHeading();
    focusWhereLinksLead();
    stickyColumnFocus();
    matrixCellNames();
    zensicalSearchDialog();
    // Material wraps its own tables (.md-typeset__scrollwrap) in its bundle, which may run
    // after this script: look again once every script has run.
    window.addEventListener("load", scrollRegions);
    var pending;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(scrollRegions, 150);
    });
    printAddresses();  // up front: printing to PDF does not always fire "beforeprint"
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
