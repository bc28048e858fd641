/* Vem lovar vad? – the search starts when the voter opens it, not on every page.
   Material's bundle starts its search worker (a script of 39 KB) as soon as a page is shown,
   requests search/search_index.json and has the worker index all of it (60 KB gzipped, about
   0.2 s of processor time on a desktop, several times that on a phone), whether or not the
   voter searches. This script, loaded before the bundle, holds that request back until the
   search is about to open: the pointer over the search field (so that on a desktop the index
   is mostly there by the click), focus in it (a click, Tab, or an address with `?q=`, for
   which the theme focuses the field itself), the search button of a phone's header, or an
   address with `?h=` (words a search result highlights on the page it opens), which needs
   the index at once. The worker starts when the bundle first writes to it, which it does
   once the index has come. The bundle's own request and worker are unchanged; they only
   come later, and Material's worker runs through workers/vlv-search-worker.js (startedAs).
   Zensical's search.json is held back the same way, and its search button waits for it
   (below); Zensical starts its worker itself when the search opens. */
(function () {
  "use strict";
  var element = document.getElementById("__config");
  if (!element || typeof window.XMLHttpRequest === "undefined") return;
  // The address of workers/vlv-search-worker.js, which runs Material's worker with lunr's set of
  // the index's words made whole (see it), as main.html gives it, by its content.
  var wholeWords = document.currentScript && document.currentScript.getAttribute("data-vlv-search-worker");
  var indexes, worker;
  try {
    var config = JSON.parse(element.textContent);
    var base = new URL(config.base, location.href);
    // Material's index, and Zensical's.
    indexes = [new URL("search/search_index.json", base).href, new URL("search.json", base).href];
    worker = config.search ? new URL(config.search, location.href).href : null;
    wholeWords = wholeWords ? new URL(wholeWords, location.href) : null;
  } catch (error) {
    return;
  }

  function same(url, address) {
    try {
      return new URL(String(url), location.href).href === address;
    } catch (error) {
      return false;
    }
  }

  // The index's request: sent when the search opens.
  var held = [];            // [request, arguments of send] until the search opens
  var opened = false;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.vlvSearchIndex = same(url, indexes[0]) || same(url, indexes[1]);
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
    document.removeEventListener("focusin", inSearch, true);
    document.removeEventListener("pointerover", inSearch, true);
    document.removeEventListener("change", onChange, true);
    held.splice(0).forEach(function (request) {
      // A network error or an error status; an aborted request (the bundle may ask again) is none.
      var fail = function () {
        failed = true;
        document.dispatchEvent(new Event("vlv-search-index-failed"));
      };
      request[0].addEventListener("error", fail);
      request[0].addEventListener("timeout", fail);
      request[0].addEventListener("load", function () { if (request[0].status >= 400) fail(); });
      send.apply(request[0], request[1]);
    });
  }
  var failed = false;  // the index's request failed: a search that waits for it waits no more

  function inSearch(event) {
    var target = event.target;
    if (target && target.closest && target.closest(".md-search")) searchOpened();
  }

  function onChange(event) {
    var target = event.target;
    if (target && target.id === "__search" && target.checked) searchOpened();
  }

  // A word as typed in the search, for Zensical's worker (below) and for the words a page marks.
  // A hyphen before it (not before a number: its sign) leaves it out, as lunr reads it. A field
  // before a colon ("title:hemlös") limits the word to it under lunr, and Zensical's worker,
  // which splits at the colon, found the sections with "hemlös" and a word beginning with
  // "title": the script asks Zensical's worker for the word in that field alone. The worker
  // searches a title, a text and a path (the pages above a section); the path is no field of
  // Material's index, so "path:" is the word "path" under both. Material's tags are filters
  // under Zensical, which its search never reads: "tags:hemlös" is asked as the words the
  // script gives the sections so tagged (zensicalQuery, tagsInPath). A sign after the colon is read as before it, as lunr
  // reads it (asWordsTyped). A field is read in any case, as a phone writes a query's first
  // letter: lunr knew no field "Title", and "Title:hemlös" was the words "title" and "hemlös"
  // under both engines. A field with no word after its colon ("tags:", on the way to
  // "tags:hemlös") is no word to look for: Zensical's worker listed ten sections for "tags", a
  // word no page writes, which it matches loosely ("tagits"), where Material's listed none.
  var ZENSICALS_FIELDS = ["title", "text"], MATERIALS_ONLY = ["tags"];
  var TYPED_WORD = new RegExp("^([+\\-]*)(?:(" + ZENSICALS_FIELDS.concat(MATERIALS_ONLY).join("|") + "):([+\\-]*)(?=[^+\\-]|$))?", "i");

  // A word typed: its field, if any, the text after its signs and field (at `at`), and whether
  // it is one to leave out. A hyphen right before a number is its sign ("-668,5", "text:-2024"),
  // but one before a field leaves the number out of it ("-text:2024"), as Material's worker reads
  // it: Zensical's worker was asked for the number in the text, and "hemlöshet -text:2024" listed
  // nothing, and a result's page marked each "2024".
  function typedWord(word) {
    var marks = TYPED_WORD.exec(word), text = word.slice(marks[0].length);
    return {
      field: marks[2] ? marks[2].toLowerCase() : null,
      text: text,
      at: marks[0].length,
      leftOut: /-/.test(marks[1] + (marks[3] || "")) && (!/^\d/.test(text) || (!!marks[2] && /-/.test(marks[1])) ||
                                                         marks[1] === NUMBER_LEFT_OUT)
    };
  }

  // Two signs or more before a word ("--barn", "+-hemlös", "title:++hemlös": a key held or
  // pressed twice) are one, as Zensical's worker reads them (typedWord): a hyphen among them
  // leaves the word out, plus signs alone make it one that must be there. lunr reads one sign a
  // word: it threw at the second ("expecting term or field, found 'PRESENCE'") and the search
  // listed nothing, whatever else the query held ("hemlöshet --barn").
  var SIGNS_BEFORE_A_WORD = /(^|[\s":])([+\-]{2,})(?=[^\s"+\-])/g;

  // A sign after an opening bracket or quotation mark at a word's start ("(-barn)", "[+hemlös]")
  // is the word's, as after no mark: lunr reads a sign only first in a word, and Zensical's worker
  // split it off with the mark, so "(-barn)" listed the pages with "barn" under both engines.
  // A Swedish text opens a quotation with » or ” as well as closes it (»barn», ”barn”), so each
  // opens one at a word's start: "hemlöshet ”-barn”" listed 29 pages under Material, where
  // "hemlöshet “-barn”" lists the 4 of "hemlöshet -barn". A low single quotation mark (‚, which
  // opens a quotation in some texts) is one too: "hemlöshet ‚-barn" listed what "hemlöshet barn" lists.
  // It goes before the marks, where both read it ("-(barn)"); not a hyphen right before a number,
  // its sign ("(-668,5)" is the figure, as "-668,5" is: asWordsTyped).
  var SIGN_AFTER_OPENING_MARKS = /(^|[\s"])([(\[{<«»‹›„“”‘’‚']+)([+\-]+)(?=[^\s"+\-\d])/g;

  // So is a field after an opening bracket ("(text:barn)", "[-title:hemlös]"), a sign before it:
  // lunr read "(text" as a field it has not, which Material's worker made the word "text", and
  // Zensical's worker split it off too, so that "(text:barn)" listed the pages with "text" or
  // "barn" under both engines (40 under Material), where "text:barn" lists the 33 whose text has it.
  var FIELD_AFTER_OPENING_BRACKETS = new RegExp("(^|[\\s\"])([+\\-]*)([(\\[{<]+)(" + ZENSICALS_FIELDS.concat(MATERIALS_ONLY).join("|") + "):", "gi");

  // A minus sign, an en dash or an em dash right before a word ("hemlöshet —barn": iOS makes "--"
  // an em dash, a Mac's keyboard writes "–" with Alt) is a hyphen, which leaves the word out, as
  // lunr reads it: the index's separator parts at each, and both engines found the word, so
  // "hemlöshet —barn" listed the 37 pages of "hemlöshet barn" under Material, where "hemlöshet
  // -barn" lists 4. Not one with a space after it ("barn – unga"), inside a word ("barn–unga"),
  // nor right before a number ("−668,5", its sign: asWordsTyped). A dash among other signs before
  // a word ("—-barn", "−+barn", "+—barn") is a hyphen among them, which leaves the word out as two
  // signs do (SIGNS_BEFORE_A_WORD): "hemlöshet —-barn" listed what "hemlöshet barn" lists.
  var DASH_BEFORE_A_WORD = /(^|[\s"])([(\[{<«»‹›„“”‘’‚']*)([+\-\u2212\u2013\u2014]*[\u2212\u2013\u2014][+\-\u2212\u2013\u2014]*)(?=[^\s\d+\-\u2212\u2013\u2014])/g;

  // A colon after a word that is no field, with a sign right after it ("hemlöshet:-barn"), parts
  // the two words, the sign the second's, as Material's worker reads it (asWordsTyped): Zensical's
  // worker split the sign off at the colon, and found the sections with both words.
  var COLON_BEFORE_A_SIGN = /(^|[\s"])([+\-]*)([^\s"+\-:]+):(?=[+\-\u2212\u2013\u2014])/g;

  function colonsApart(query) {
    return query.replace(COLON_BEFORE_A_SIGN, function (typed, before, signs, word) {
      return ZENSICALS_FIELDS.concat(MATERIALS_ONLY).indexOf(word.toLowerCase()) >= 0 ? typed : before + signs + word + " ";
    });
  }

  // lunr's edit distance or weight right after a quoted phrase ("barn"^2, "barn unga"~1) is none:
  // lunr has them for a word alone. Material's worker dropped the quotation marks and the script
  // the tilde or caret with no word before it, and asked "+barn2" (no page); Zensical's worker
  // asked "barn" and "2", and a result's page marked each "2" it writes.
  var FIGURES_AFTER_A_QUOTE = /("[^"]*")(?:[~^]\d*)+(?=[\s"]|$)/g;

  // A typographic double quotation mark (“ ” „ « », as a phone's keyboard writes " and a Swedish
  // text quotes: ”barn unga”) is a quotation mark to lunr, as " is: Material's worker read
  // “barn unga” as two words either of which may be there (34 pages, where "barn unga" lists
  // 15), and Zensical's read -“barn unga” as "not barn" and "unga” must be there": "hemlöshet
  // -“barn unga”" listed nothing. A sign after one stays the word's (SIGN_AFTER_OPENING_MARKS).
  // Not one between two letters or digits ("barn”unga"), which parts two words, as the index's
  // separator parts them: Material's worker lists nothing for "barn"unga".
  var TYPOGRAPHIC_QUOTES = /[“”„«»]/g;

  function quotesRead(query) {
    return query.replace(TYPOGRAPHIC_QUOTES, function (quote, at) {
      return A_WORD_AFTER.test(query.charAt(at - 1)) && A_WORD_AFTER.test(query.charAt(at + 1)) ? quote : '"';
    }).replace(FIELD_BEFORE_A_PHRASE, function (typed, before, signs, field, phrase, at, query) {
      var words = numbersRead(phrase).split(/[\s:]+/).map(function (word) { return word.replace(/^[+\-]+/, ""); }).filter(Boolean);
      var sign = /-/.test(signs) ? "-" : "+", apart = A_WORD_AFTER.test(query.charAt(at + typed.length)) ? " " : "";
      return before + (words.length ? words.map(function (word) { return sign + field + ":" + word; }).join(" ") : field + ":") + apart;
    }).replace(QUOTED, function (phrase) { return phrase.replace(/:/g, " "); });
  }

  // A quoted phrase right after a field's colon (`tags:"hemlös"`, `title:"barn unga"`) is its
  // words, each one that must be there, as the words of a phrase are, in that field: Zensical's
  // worker read the field as one with no word and the phrase as words anywhere, and under
  // Zensical `tags:"hemlös"` listed 10 sections where `tags:hemlös` lists the topic's 4;
  // Material's worker dropped the field and asked the words in every field. After a hyphen
  // (`-tags:"barn"`, `—title:"barn unga"`) its words are each one to leave out of the field, as
  // lunr leaves out a phrase's (phrasesRead): each worker dropped the field and found the words
  // anywhere, and `hemlöshet -tags:"barn"` listed the 29 pages with "barn" under Material, where
  // `hemlöshet -tags:barn` lists 8, and a result's page marked "barn". A word right after the
  // closing quote is a word of its own, as after any phrase (phrasesRead): `title:"barn"unga` was
  // "+title:barnunga", which listed nothing. A phrase not yet closed (`-tags:"barn`, on the way to
  // `-tags:"barn"`) is one to the query's end, as lunr's lexer and Zensical's query read a quote:
  // the field was dropped, and `hemlöshet -tags:"barn` listed the 33 pages with "barn". A number
  // in groups of three digits in it (`text:"1 500"`) is read typed together, as outside a field
  // (GROUPED_NUMBER): it was "+text:1 +text:500", which listed a plan that writes "1" and "500"
  // apart beside the guide that writes "1 500", and a result's page marked each "1" and "500".
  // So is a unit typed right after its number (`text:"1731kr"` as `text:"1731 kr"`, as outside
  // a field: NUMBER_BEFORE_A_UNIT): it was one word, and listed nothing under Material.
  var FIELD_BEFORE_A_PHRASE = new RegExp("(^|\\s)([+\\-]*)(" + ZENSICALS_FIELDS.concat(MATERIALS_ONLY).join("|") + "):\"([^\"]*)\"?", "gi");

  // A colon inside a quoted phrase parts its words, as the index's separator parts them: a field's
  // name so quoted is a word of the phrase ("text:" is "text"), as lunr has no field in a phrase.
  // Material's worker dropped it as a field with no word, and Zensical's asked it with the words
  // beside it, all to be found: "\"text:\" hemlöshet" listed hemlöshet's 8 pages under Material,
  // nothing under Zensical; "\"text:hemlöshet\"" the word in the text field alone under Material.
  var QUOTED = /"[^"]*"/g;

  // A dash right before a word: DASH_BEFORE_A_WORD. A comma or full stop between a word and a
  // number, or before a number at a word's start: MARK_BEFORE_A_NUMBER(_ALONE).
  function signsRead(query) {
    return numbersRead(quotesRead(colonsApart(query).replace(DASH_BEFORE_A_WORD, function (typed, before, marks, signs) {
      return before + marks + signs.replace(/[\u2212\u2013\u2014]/g, "-");
    }).replace(SIGN_AFTER_OPENING_MARKS, "$1$3$2").replace(FIELD_AFTER_OPENING_BRACKETS, "$1$2$4:$3")).replace(MARK_BEFORE_A_NUMBER, "$1 ")
      .replace(MARK_BEFORE_A_NUMBER_ALONE, "$1$2")
      .replace(FIGURES_AFTER_A_QUOTE, "$1")
      .replace(SIGNS_BEFORE_A_WORD, function (typed, before, signs) {
        return before + (/-/.test(signs) ? "-" : "+");
      }));
  }

  // A number's unit typed after it parted from it, and its groups of three digits joined.
  function numbersRead(text) {
    return text.replace(MINUS_BEFORE_A_NUMBER, "$1-").replace(NUMBER_BEFORE_A_UNIT, function (typed, before, number, unit) {
      var field = /[+\-]*[A-Za-z]+:$/.exec(before);
      return before + number + " " + (field ? field[0] : "") + unit;
    }).replace(GROUPED_NUMBER, function (typed, before, first, groups) {
      return before + first + groups.replace(/\s/g, "");
    });
  }

  // A number typed in groups of three digits, as the texts write it ("1 500", "500 000", "1 250,5";
  // a space of any kind between them) is the number typed together ("1500"), which each index
  // holds, hidden, beside a number so written (search_words.numbers_as_typed): its groups
  // were words of their own, each completed, and under Material "1 500" listed the 13 pages with a
  // word beginning with 1 or with 500, where "1500" lists the guide, which writes "1 500". A result's
  // page marks the number where it writes it together, and where it writes it grouped
  // (groupedNumbersMarked); the theme marks a word of `?h=` by each part between spaces, and
  // "1 500" marked each "1" and "500" of the page.
  // A unit of an amount typed right after its number ("1500kr", "300tkr") is a word of its own, as
  // the texts write it ("1 500 kr", "12 mnkr"): under Material "1500kr" was one word, which listed
  // nothing (Zensical matched it loosely). After a number Material's worker matches it whole, not
  // completed (UNIT_AFTER_A_NUMBER), a word that need not be there: "kr" was every word beginning
  // so, and "1731 kr" listed 11 pages, first a topic's that writes "kriminalitet" and no "kr", the
  // one that writes 1731 kr last. Zensical's worker finds the sections with every word, and listed
  // that one alone already.
  var UNITS = "kr|tkr|mkr|mnkr|mdkr";
  // A minus sign (U+2212) at a number's start is its sign, as a hyphen there is.
  var MINUS_BEFORE_A_NUMBER = /(^|[\s"(\[{:])\u2212(?=\d)/g;
  // So with marks typed around them ("1 731 kr,", "(1731 kr)", "1500kr."), as around any word:
  // under Material "1731 kr," was "kr" completed again, and listed the 11 pages of "kr". And so a
  // unit of a rate ("1731 kr/år", "1 731kr/invånare"), the slash parting it from the word after it
  // as the index's separator does: "1731 kr/år" listed 19 pages, "1 731kr/invånare" 13.
  // So after a field's colon ("text:1500kr", the unit asked in the field too: "text:1500 text:kr"),
  // and after a minus sign or a dash ("−1731kr", as a text copied writes a figure below zero; the
  // end of a range, "1000–1500kr"): "text:1500kr" and "−1731kr" listed nothing under Material,
  // where "text:1500 kr" and "-1731kr" list the plan that writes it.
  var OPENING = "[(\\[{«»‹›„“”‘’‚']*", CLOSING = "[.,;:!?)\\]}«»‹›„“”‘’‚'…]*";
  var DASHES = "\\-\u2013\u2014\u2212";
  var A_FIELDS_COLON = "(?:^|[\\s\"])[+\\-]*(?:" + ZENSICALS_FIELDS.concat(MATERIALS_ONLY).join("|") + "):";
  var NUMBER_BEFORE_A_UNIT = new RegExp("(" + A_FIELDS_COLON + "|^|[\\s\"(\\[{«»‹›„“”‘’‚'" + DASHES + "])([+\\-]?\\d[\\d,]*)(" + UNITS + ")(?=" + CLOSING + "(?:[\\s\"/]|$))", "gi");
  // So is "per" after such a unit ("1 250 kr per invånare", a rate as the texts write it): completed,
  // it was "personal" too, a topic's title, and under Material the three pages of "Personal och
  // arbetsmiljö" were listed before the plan that writes 1 250 kr per invånare, which came fifth.
  var PER_AFTER_A_UNIT = new RegExp("((?:^|\\s)(?:[+\\-]*[A-Za-z]+:)?(?:" + UNITS + ")\\^1\\s+(?:[+\\-]*[A-Za-z]+:)?)(per)(?=\\s|$)", "gi");
  var UNIT_AFTER_A_NUMBER = new RegExp("((?:^|[\\s\"])(?:[+\\-]*[A-Za-z]+:)?" + OPENING + "[+\\-]?\\d[\\d,]*\\s+(?:[+\\-]*[A-Za-z]+:)?)(" + UNITS + ")(?:" + CLOSING + "(?=\\s|$)|(/))", "gi");
  // So is one with marks typed around it ("1 500,", "(1 500)") or a dash joining it to another
  // ("2 000–3 000", a range): under Material "1 500," listed the 13 pages of "1" and "500". So
  // is one with lunr's wildcard, edit distance or weight after it ("1 500*", "1 500~1"), which
  // listed those 13 pages too.
  // Not one whose first group begins with a zero ("08 123 45 67", "016 710 10 00": a telephone
  // number, never a thousand so grouped): under Zensical, which finds the sections with every word,
  // "016 710 10 00" was "016710 10 00", and listed nothing where a text writes "016-710 10 00".
  // So after a field's colon ("text:1 500", as "text:1500").
  var GROUPED_NUMBER = new RegExp("(" + A_FIELDS_COLON + "|^|[\\s\"(\\[{«»‹›„“”‘’‚'" + DASHES + "])([+\\-]?[1-9]\\d{0,2})((?:\\s\\d{3})+(?:,\\d+)?)" +
                                  "(?=" + CLOSING + "(?:[\\s\"]|$)|[" + DASHES + "]\\d|[*~^])", "gi");

  // A search result's link carries the words its page marks (`?h=`). Zensical's carries the query
  // as typed ("?h=hemlöshet+-barn"), and the theme marked each of its words on the page it
  // opens, "barn" too, a word the voter left out, and "title" of "title:hemlös"; Material's
  // carries the words found, but a link typed or shared so marked them alike. Before the
  // bundle reads the address, it keeps the words searched for, without a word left out (a sign
  // after an opening bracket too: signsRead), a field or a sign; with none left, `h` goes. A
  // tilde or a caret with a number after a word
  // ("hemlös~1", a word one letter off; "barn^2", a weight) is lunr's, no word: the theme marked
  // its number, each "1" of the page. Alone ("~2", about two) the number is the word asked. Nor
  // are the marks typed at a word's edges ("för,", "(och)", "hemlös,^2") its letters: Material's
  // highlighter marked an empty string at each letter of the page for "för, barn". Nor
  // is lunr's wildcard at a word's edge a word ("hemlös*", "*" alone): Zensical's separator keeps
  // it, and "hemlös*" marked nothing there, "hemlöshet *" each "*" of the page too. Nor is a word
  // the search drops (droppedBySearch): "?h=for" marked "for" in "formulär" and "information".
  function highlighted(words) {
    return phrasesRead(signsRead(words)).split(/[\s"]+/).map(typedWord)
      .map(function (word) { return { leftOut: word.leftOut, text: word.text.replace(/^\*+|\*+$/g, "") }; })
      .filter(function (word) { return !word.leftOut && word.text; })
      .map(function (word) { return word.text.replace(/([^~^])(?:[~^]+\d*)+$/, "$1").replace(AROUND_A_WORD, ""); })
      .filter(function (word) { return word && !droppedBySearch(word); }).join(" ");
  }

  // lunr's Swedish stop words (swedish.SEARCH_STOPWORDS, which tests/test_search_results.py holds
  // this list to), which both engines' separators drop from a query, lower-case or with a capital
  // first letter, and Material's worker and highlighter in any case (they read a word in small
  // letters: "?h=OCH", "FÖR" too), and which this script asks for where a word is typed without
  // å, ä and ö in small letters or with a capital first (stopWordsAsWritten): a word the search
  // drops so. Material's highlighter, given one ("?h=och"), marked an empty string at each letter
  // of the page.
  var STOP_WORDS = ("alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta " +
    "dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne " +
    "hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina " +
    "mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv " +
    "skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart " +
    "vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över").split(" ");

  function droppedBySearch(word) {
    var lower = word.toLocaleLowerCase("sv");
    return STOP_WORDS.some(function (stopWord) {
      var typed = stopWord.replace(/[åä]/g, "a").replace(/ö/g, "o").replace(/é/g, "e");
      return lower === stopWord || word === typed || word === typed.charAt(0).toUpperCase() + typed.slice(1);
    });
  }

  // Quoted phrases as Material's worker is to read them. It asks each word of a phrase as one
  // that must be there ("+barn") and drops a hyphen before the quote: `hemlöshet -"barn"` listed
  // the 29 pages with "barn", the opposite of what was asked. A phrase with a hyphen before it
  // (-"barn unga") is its words, each with a hyphen before it: lunr's nearest, which leaves out a
  // page with any of them (Zensical's query, below, leaves out the sections with all). So is a
  // number so quoted (-"2024": a hyphen before a quote is no number's sign), each word beginning
  // with a digit with NUMBER_LEFT_OUT before it, which asWordsTyped and typedWord read as a hyphen
  // that leaves it out, not as its sign: `hemlöshet -"2024"` listed the pages with "2024" alone. A sign at a word's start inside a quote is none, as Zensical's worker
  // reads it: Material's made `"-barn"` "+-barn", and lunr threw ("expecting term"). So is a sign
  // with no word after it in the quote (`"barn -"unga`), and a word right after the closing quote
  // is a word of its own, as Zensical's worker reads it: Material's worker puts "+" before each
  // word of a phrase and then drops the quotation marks, which joined the phrase's end to the word
  // after it: `"barn -"unga` was "+barn +-unga", at which lunr threw, `"barn"hem` "+barnhem".
  // lunr's operators after the quote stay the last word's, as before (`"barn"^2`, `"barn"*`).
  // Two hyphens before a number: one to leave out (phrasesRead). signsRead makes two signs typed one.
  var NUMBER_LEFT_OUT = "--";

  function phrasesRead(query) {
    return query.replace(/([+\-]*)"([^"]*)("?)/g, function (typed, signs, phrase, end, at) {
      var apart = end && A_WORD_AFTER.test(query.slice(at + typed.length)) ? " " : "";
      if (/-/.test(signs) && (at === 0 || /\s/.test(query.charAt(at - 1)))) {
        return phrase.split(/\s+/).filter(Boolean).map(function (word) {
          word = word.replace(/^[+\-]+/, "");
          return (/^\d/.test(word) ? NUMBER_LEFT_OUT : "-") + word;
        }).join(" ") + apart;
      }
      // A quote that closes none, right after a letter or digit ("barn"unga"), parts the word
      // from the words after it: Material's worker drops such a quote and asked "barnunga".
      var alone = !end && !signs && A_WORD_AFTER.test(query.charAt(at - 1)) ? " " : "";
      return alone + signs + '"' + phrase.replace(/(^|\s)[+\-]+/g, "$1") + end + apart;
    });
  }

  // A word typed without å, ä and ö ("amnen", which a result's link carries as typed, or as the
  // index holds it for the search alone) marked nothing on the page, which writes "Ämnen": the
  // theme marks the words of `h` as written, in any case, within a longer word too. The page's
  // content is there when this script runs (the last of the page, before the theme's bundle):
  // such a word that the content shows nowhere as typed is kept with the forms it shows it in
  // with å, ä, ö or é at a word's start, as the search completes a word typed, which the theme
  // marks as it marks a word typed with them. A word the content shows as typed ("behov") is
  // the word meant, and marks no other ("behöver"). Only a word of SEARCH_WORD_LENGTH letters or
  // more, as the pages hold words so typed (swedish.typed_plainly): "ar" would mark each "är".
  var WRITTEN_FOR = { a: "åä", o: "ö", e: "é" }, SEARCH_WORD_LENGTH = 3;  // the letters a letter typed plainly may be
  // A letter or digit of a word: Latin-1's letters and Latin Extended-A's and -B's, which hold the
  // minority languages' (Sami's š, č, ŋ, đ, ŧ, ž; Skolt Sami's ǥ, ǩ, ǯ), and the accents a letter is
  // typed with apart (combining marks). With Latin-1's alone, "Leakšagilli" was the words "Leak"
  // and "agilli" to the script: a mark inside it stayed (markedAtWordsStart), and a word typed
  // there ("Čar") lost its ending to a stop word written ("Čär", stopWordsAsWritten).
  var LETTERS = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
  var WORD_CHARACTER = "0-9" + LETTERS + "\\u0300-\\u036F";
  var AROUND_A_WORD = new RegExp("^[^" + WORD_CHARACTER + "]+|[^" + WORD_CHARACTER + "]+$", "g");
  var A_WORD_AFTER = new RegExp("^[" + WORD_CHARACTER + "]");  // a letter or digit beside a quote (phrasesRead, quotesRead)
  // A comma or full stop typed with no space between a word and a number ("hemlöshet,2024") parts
  // them (signsRead): the index's separator parts at one only before no digit, which keeps a
  // figure's decimal comma ("668,5"), and "hemlöshet,2024" was one word, which listed nothing
  // under either engine.
  var MARK_BEFORE_A_NUMBER = new RegExp("([" + LETTERS + "][,.])(?=\\d)", "g");
  // So is one typed at a word's start, right before a number (",2027", ".2027"), none: the
  // separator keeps it there, and under Material ",2027" was a word no page writes, which listed
  // nothing where "2027" lists 3 pages; Zensical matched it loosely, and listed other sections.
  var MARK_BEFORE_A_NUMBER_ALONE = /(^|[\s"(\[{])([+\-]*)[,.]+(?=\d)/g;

  function writtenOnPage(words) {
    var content = document.querySelector && document.querySelector("[data-md-component=content]");
    if (!content || !words) return words;
    var text = shownText(content).toLocaleLowerCase("sv");
    return words.split(" ").map(function (word) {
      var typed = word.toLowerCase(), forms = formsWritten(text, word);
      return !forms.length || forms.indexOf(typed) >= 0 ? word : [word].concat(forms).join(" ");
    }).join(" ");
  }

  // The forms a lower-case `text` writes a word typed plainly in at a word's start, each once, in
  // the order found ("hemlös" of "hemlos" where it writes "hemlösa"); none for a word of fewer than
  // SEARCH_WORD_LENGTH letters or of other letters than a plain keyboard's.
  function formsWritten(text, word) {
    var forms = [];
    if (word.length < SEARCH_WORD_LENGTH || !/^[a-z]*[aoe][a-z]*$/i.test(word)) return forms;
    var pattern = new RegExp("(?:^|[^" + WORD_CHARACTER + "])(" + word.toLowerCase().replace(/[aoe]/g, function (letter) {
      return "[" + letter + WRITTEN_FOR[letter] + "]";
    }) + ")", "g");
    text.replace(pattern, function (found, form) {
      if (forms.indexOf(form) < 0) forms.push(form);
      return found;
    });
    return forms;
  }

  // The text the page's content shows, each text of it apart, as the theme marks each: the words
  // it holds hidden for the search alone are none of it.
  function shownText(content) {
    var text = "", walker = document.createTreeWalker(content, 4);  // NodeFilter.SHOW_TEXT
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!hiddenText(node)) text += node.data + " ";
    }
    return text;
  }

  // Whether a text is of the words held hidden for the search alone.
  function hiddenText(node) {
    return Boolean(node.parentElement && node.parentElement.closest("[hidden]"));
  }

  var address = new URL(location.href), marked = address.searchParams.get("h");
  var marking = marked === null ? null : writtenOnPage(highlighted(marked));
  if (marked !== null && marking !== marked && window.history && history.replaceState) {
    if (marking) address.searchParams.set("h", marking);
    else address.searchParams.delete("h");
    history.replaceState(history.state, "", address.href);
  }

  // The theme marks each word of `h` wherever the page's text writes it, inside a longer word too
  // (its pattern lets a word begin anywhere): "?h=barn" marked "barn" in "flyktingbarn", a word the
  // search never found for "barn", which it completes ("barn*") and so finds at a word's start
  // alone (mkdocs.yml's search has no stemmer). Once the theme has marked the page's content, a
  // mark that begins right after a letter or digit (or a digit's decimal comma or point: the index
  // holds "620,9" as one word) goes, its text left as it was; of marks the theme joined across
  // the spaces between them ("barn unga"), the words after the first stay marked. What comes
  // before a mark is the text before it in its block, not only its node before:
  // a mark first in an element of a word ("flykting<strong>barn</strong>", a link's text) had
  // none, and one after an empty text node or a comment the wrong one (textBeside).
  var WORD_BEFORE = new RegExp("[" + WORD_CHARACTER + "]$"), NUMBER_BEFORE = /\d[,.]$/;
  // The elements a word does not run on out of: the text before one is another word's.
  var BLOCK = "p, li, dt, dd, td, th, caption, figcaption, h1, h2, h3, h4, h5, h6, blockquote, pre, summary, div, section, article";

  // The last two characters of the text shown before a mark within its block (fewer at the
  // block's start, or after a line break or a box of its own: apart), or with `after` the first
  // two after it; the words held hidden for the search alone are none of it (shownText).
  function textBeside(mark, content, after) {
    var block = mark.parentElement && mark.parentElement.closest(BLOCK);
    var walker = document.createTreeWalker(block && content.contains(block) ? block : content, 5);  // SHOW_ELEMENT, SHOW_TEXT
    var beside = "", step = function () { return after ? walker.nextNode() : walker.previousNode(); };
    walker.currentNode = mark;
    for (var node = step(); node && beside.length < 2; node = step()) {
      if (after && mark.contains(node)) continue;  // the mark's own text
      if (node.nodeType === 1 ? LINE_BREAK.test(node.tagName) : !hiddenText(node) && betweenApart(node, mark)) break;
      if (node.nodeType === 3 && !hiddenText(node)) beside = after ? beside + node.data : node.data + beside;
    }
    return after ? beside.slice(0, 2) : beside.slice(-2);
  }

  // A unit after a number in `h` ("1500 kr") is marked where the page writes it as a word, not at
  // the start of a longer one: the theme marked "kr" of "krav" and "kriminalitet" too, words the
  // search does not find for it (Material's worker matches such a unit whole: UNIT_AFTER_A_NUMBER).
  // So is "per" after such a unit ("1500 kr per år", matched whole too: PER_AFTER_A_UNIT), not the
  // "per" of "personal".
  var WORD_AFTER = new RegExp("^[" + WORD_CHARACTER + "]");

  function unitsAfterNumbers(words) {
    var units = [];
    words.replace(new RegExp("(?:^|\\s)[+\\-]?\\d[\\d,]*\\s+(" + UNITS + ")(\\s+per)?(?=\\s|$)", "gi"), function (typed, unit, per) {
      units.push(unit.toLowerCase());
      if (per) units.push("per");
      return typed;
    });
    return units;
  }

  // The text `piece` at a mark's start (or with `atEnd`, its end) unmarked, as the page wrote it.
  function unmarked(mark, piece, atEnd) {
    var text = mark.textContent;
    mark.parentNode.insertBefore(document.createTextNode(piece), atEnd ? mark.nextSibling : mark);
    if (piece.length < text.length) mark.textContent = atEnd ? text.slice(0, text.length - piece.length) : text.slice(piece.length);
    else mark.parentNode.removeChild(mark);
  }

  // Whether a word stops at an element between a text and a mark after it, up to the element
  // holding both: a line break, or a box of its own, which the text does not run on out of. A
  // document's title ends its line before its year (<a>…Socialnämnden</a><br>2024), a source
  // text's line number stands in a column (an inline block: <a class="vlv-ln">5</a>Sverige…), a
  // risk's score floats beside its link (15<a>Risk att…</a>): a mark so after them went, a word
  // to the script.
  var LINE_BREAK = /^(BR|HR|IMG)$/;

  function betweenApart(node, mark) {
    var apart = function (element) {
      var display = window.getComputedStyle ? window.getComputedStyle(element).display : "inline";
      return LINE_BREAK.test(element.tagName) || (display !== "inline" && display !== "contents");
    };
    for (var element = node.parentElement; element && !element.contains(mark); element = element.parentElement) {
      if (apart(element)) return true;
    }
    for (element = mark.parentElement; element && !element.contains(node); element = element.parentElement) {
      if (apart(element)) return true;
    }
    return false;
  }

  // A longer number's groups before a number whose first group has three digits ("1 " before
  // "500 000" in "1 500 000"), as search_words.GROUPED_NUMBER reads them: not a year's four digits
  // ("2024 1 500", where the search finds 1500, and the script marked nothing after any digit).
  var GROUPS_BEFORE = /(?:^|[^\d,.])[1-9]\d{0,2}(?:\s\d{3})*\s$/;

  // A number of `h` typed together ("1500", as the script reads "1 500": numbersRead) is marked
  // where the page writes it in groups of three digits, with a space of any kind between them
  // ("1 500", "1 250,5"), as the search finds it there (search_words.numbers_as_typed): the theme
  // marks a word as typed alone, and a result for "1 500" marked nothing of the guide's "1 500".
  // Not within a longer number ("21 500", "1 500 000"). Marked before the theme marks the page,
  // and where it marks: in text whose element has a box (offsetHeight). Not in a chart's label,
  // an SVG's text, which has none and draws no HTML mark: "12 500" took the figure off the chart.
  function groupedNumbersMarked(words) {
    var content = document.querySelector && document.querySelector("[data-md-component=content]");
    var grouped = words.split(" ").filter(function (word) { return /^[1-9]\d{3,}(?:,\d+)?$/.test(word); }).map(function (number) {
      var parts = /^(\d+)(,\d+)?$/.exec(number), groups = [];
      for (var end = parts[1].length; end > 0; end -= 3) groups.unshift(parts[1].slice(Math.max(0, end - 3), end));
      return groups.join("\\s") + (parts[2] || "");
    });
    if (!content || !grouped.length) return;
    var pattern = new RegExp("(^|[^" + WORD_CHARACTER + ",.])(" + grouped.join("|") + ")(?![" + WORD_CHARACTER + "]|[,.]\\d|\\s\\d)", "g");
    var nodes = [], walker = document.createTreeWalker(content, 4);  // NodeFilter.SHOW_TEXT
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!hiddenText(node) && node.parentElement.offsetHeight && !node.parentElement.closest("mark")) nodes.push(node);
    }
    nodes.forEach(function (text) {
      var found = [], match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text.data))) {
        var at = match.index + match[1].length;
        if (!(/^\d{3}\s/.test(match[2]) && GROUPS_BEFORE.test(text.data.slice(0, at)))) found.push([at, match[2].length]);
      }
      found.reverse().forEach(function (number) {
        var written = text.splitText(number[0]), mark = document.createElement("mark");
        written.splitText(number[1]);
        mark.setAttribute("data-md-highlight", "");
        written.parentNode.replaceChild(mark, written);
        mark.appendChild(written);
      });
    });
  }

  function markedAtWordsStart() {
    var content = document.querySelector && document.querySelector("[data-md-component=content]");
    if (!content || typeof window.MutationObserver !== "function") return;
    var units = unitsAfterNumbers(marking);
    var watch = new MutationObserver(function () {
      var marks = content.querySelectorAll("mark[data-md-highlight]");
      if (!marks.length) return;
      watch.disconnect();
      Array.prototype.forEach.call(marks, function (mark) {
        var last = /\s*\S+$/.exec(mark.textContent);
        if (last && units.indexOf(last[0].trim().toLowerCase()) >= 0 && WORD_AFTER.test(textBeside(mark, content, true))) {
          unmarked(mark, last[0], true);
          if (!mark.parentNode) return;
        }
        var text = mark.textContent, before = textBeside(mark, content, false);
        if (!WORD_BEFORE.test(before) && !(NUMBER_BEFORE.test(before) && /^\d/.test(text))) return;
        unmarked(mark, /^\S*\s*/.exec(text)[0], false);
      });
    });
    watch.observe(content, { childList: true, subtree: true });
  }
  if (marking) {
    groupedNumbersMarked(marking);
    markedAtWordsStart();
  }

  if (new URLSearchParams(location.search).has("h")) {
    searchOpened();
  } else {
    document.addEventListener("focusin", inSearch, true);
    document.addEventListener("pointerover", inSearch, true);
    document.addEventListener("change", onChange, true);
    document.addEventListener("click", beforeZensicalsDialog, true);
  }

  // Zensical draws its search dialog, in a shadow root of its own, once its index has come,
  // and a click on its search button (or the phone's) before then opened nothing, then or
  // later. Such a click waits here and is given again when the dialog is there, with the
  // text typed meanwhile. Material's search (a field, .md-search__input) opens at once and
  // fills in when its index comes. Other shadow roots at the end of the page (a browser
  // extension's) are watched alike: the one that gets a <dialog> is Zensical's. If the index's
  // request fails, or no dialog comes within WAIT_MS, the click is let go.
  var WAIT_MS = 10000;
  var waiting = null;  // the site's field that takes the text meanwhile (typedField)

  function shadowRoots() {
    return Array.prototype.filter.call(document.body.children, function (element) { return element.shadowRoot; })
      .map(function (element) { return element.shadowRoot; });
  }

  function dialogIn(roots, selector) {
    for (var index = 0; index < roots.length; index += 1) {
      var found = roots[index].querySelector(selector);
      if (found) return found;
    }
    return null;
  }

  // The text typed while the dialog is drawn goes into a field of the site's own, focused by the
  // click itself: a phone opens its keyboard only for a field focused within the tap, and a
  // keyboard's text comes as key presses, as text alone (Android names most keys "Unidentified";
  // Playwright types "ö" so) or composed (an accent, an IME), which a field takes however it
  // comes: a listener that kept the keys pressed lost "ö" of "hemlöshet". It stands right after
  // the button, for the keyboard's order, unseen at the screen's top, where the dialog's field
  // opens; named for screen readers with what it is, and the dialog's field named "Sök" is read
  // when the focus moves there. Its look is extra.css's ([data-vlv-search-typed]).

  function typedField(button) {
    var field = document.createElement("input");
    field.type = "text";
    field.setAttribute("data-vlv-search-typed", "");
    field.setAttribute("aria-label", "Sök – sökningen förbereds");
    ["autocomplete", "autocapitalize", "autocorrect"].forEach(function (name) { field.setAttribute(name, "off"); });
    field.spellcheck = false;
    button.insertAdjacentElement("afterend", field);
    field.focus({ preventScroll: true });
    return field;
  }

  // The text, and its caret, handed to the dialog's field, after what it holds; the focus ends there.
  function handedOver(typed, field) {
    var before = field.value.length;
    if (field.getRootNode().activeElement !== field) field.focus();
    if (typed.value) {
      field.value += typed.value;
      field.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      field.setSelectionRange(before + typed.selectionStart, before + typed.selectionEnd, typed.selectionDirection);
    }
    typed.remove();
  }

  function beforeZensicalsDialog(event) {
    var target = event.target;
    var button = target && target.closest && target.closest(".md-search__button, [data-vlv-toggle=__search]");
    if (!button || document.querySelector(".md-search__input")) return;
    var roots = shadowRoots();
    if (failed || !roots.length || dialogIn(roots, "dialog")) return;
    event.preventDefault();
    event.stopPropagation();
    // A second click meanwhile would close what the first opens; a voter who sees nothing yet
    // taps again, and the focus, gone to the button, is given back to the field.
    if (waiting) {
      waiting.focus({ preventScroll: true });
      return;
    }
    searchOpened();
    var typed = waiting = typedField(button), composing = false;
    // The field is unseen: the button shows the focus ring meanwhile (WCAG 2.4.7), which also
    // tells the voter the tap was taken.
    button.setAttribute("data-vlv-search-waiting", "");
    var stage = "drawn";
    var done = function () {
      window.clearTimeout(timer);
      watch.disconnect();
      typed.removeEventListener("compositionstart", composed);
      typed.removeEventListener("compositionend", composed);
      document.removeEventListener("vlv-search-index-failed", letGo);
      button.removeAttribute("data-vlv-search-waiting");
      waiting = null;
    };
    var letGo = function () {  // no dialog: the button has the focus again
      done();
      if (document.activeElement === typed) button.focus();
      typed.remove();
    };
    // The dialog opens, and takes the focus, once a letter being composed is written.
    var composed = function (event) {
      composing = event.type === "compositionstart";
      if (!composing) opening();
    };
    var opening = function () {
      if (stage === "drawn" && !composing && dialogIn(roots, "dialog")) {
        stage = "open";
        button.click();
      }
      var field = stage === "open" && dialogIn(roots, "dialog[open] input");
      if (!field) return;
      done();
      handedOver(typed, field);
    };
    var watch = new MutationObserver(opening);
    var timer = window.setTimeout(letGo, WAIT_MS);
    typed.addEventListener("compositionstart", composed);
    typed.addEventListener("compositionend", composed);
    document.addEventListener("vlv-search-index-failed", letGo);
    roots.forEach(function (root) {
      watch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["open"] });
    });
  }

  // The search worker: started at the bundle's first message to it. Until then it keeps the
  // listeners and handlers (onmessage, …) the bundle gives it, for the worker it starts.
  var RealWorker = window.Worker;
  if (typeof RealWorker !== "function" || !worker) return;

  // A query is asked as the words typed where it holds lunr's operators where they mean nothing
  // (the theme's worker hands each word to lunr's query parser). A word that ends in a hyphen, as
  // a topic's name writes one ("Missbruks- och beroendevård"), is asked without it: the worker
  // made the word "Missbruks-*", which lunr reads as "missbruks" and "*", a term that is every
  // word of the index: every page was listed (103 results, where the words without the hyphen list
  // 9). (And where lunr's set of the index's words held one the index has not, "*" reached it
  // and lunr threw: the search listed nothing, "Invalid query"; the set is whole now, startedAs.)
  // So are a plus, a colon, a tilde and a caret at a word's end:
  // "hemlös+" was a word with a plus in it, which no word of the index is; "Sökord:" a field
  // with no word to look for, and the worker asked nothing; "hemlös~" and "hemlös^" a word
  // matched only whole (6 and 4 results where "hemlös" lists 8). A tilde or a caret is lunr's
  // only before a number ("hemlös~1", a word one letter off), and a colon only after a field
  // of the index ("title:hemlös"): elsewhere each parts two words, as a colon does in the index
  // ("barn:unga" matched "barn" only whole). A tilde or a caret with no word before it ("~2",
  // about two) left the worker nothing to ask: the number is asked. A plus or a minus at a word's
  // start is lunr's (a word that must be there, or must not), but for a minus right before a
  // number, which is the number's sign: the plans write "−668,5" (U+2212, which a phone's
  // keyboard has not, and which the index splits off as a hyphen: mkdocs.yml's separator), and
  // "-668,5" listed every page but the one that writes it; "-5" every page without a 5. Typed
  // after a field's colon ("title:+hemlöshet"), lunr threw ("expecting term"): it reads the sign
  // before the field ("+title:hemlöshet"), where it is moved. A hyphen inside a word joins two
  // words, as the texts join them ("2024-2027") and a voter a compound ("hemlös-barn"), and the
  // index splits at it (mkdocs.yml's separator): lunr's parser splits there too, but the worker
  // kept the rest of the word with each half and asked "hemlös" matched only whole and "barn*",
  // so no page that says "hemlösa" was found. The two words are asked, and so for the marks the
  // index splits at as at a hyphen (an en or em dash, a minus sign, a plus: "barn–unga",
  // "U+FE0F"), which the worker split itself: each is the words typed apart.
  // A sign before words so joined is each one's, as Zensical's query reads it (zensicalQuery):
  // "-barn-unga" was "-barn unga", and "hemlöshet -barn-unga" listed the topic with "unga".
  var QUERY = 2, SETUP = 0;  // Material's SearchMessageType.QUERY and .SETUP
  var INSIDE_A_WORD = /([^\s"+\-:~^\u2013\u2014\u2212])[+\-\u2013\u2014\u2212]+(?=[^\s"+\-:~^\u2013\u2014\u2212])/g;

  function asWordsTyped(query, fields) {
    return query
      .replace(/(^|[\s"])[+\-]*([^\s"+\-:]+):[+\-:~^]*(?=[\s"]|$)/g, function (typed, before, name) {  // a field with no word
        return fieldNamed(name, fields) === null ? typed : before;
      })
      .replace(/([^\s"+\-:~^])[+\-:~^]+(?=[\s"]|$)/g, "$1")  // at a word's end
      .replace(/(^|[\s"])([+\-]*)([^\s"]+)/g, function (typed, before, signs, word) {  // inside a word: the sign is each part's
        return before + signs + word.replace(INSIDE_A_WORD, "$1 " + signs);
      })
      .replace(/[~^](?!\d+(?=[\s"~^]|$))/g, " ")  // before no number
      .replace(/(^|[\s"+\-:])[~^]+/g, "$1")  // after no word
      .replace(/(^|[\s"+:])-(?=\d)/g, "$1")  // a number's sign
      .replace(new RegExp("(^|\\s)" + NUMBER_LEFT_OUT + "(?=\\d)", "g"), "$1-")  // a number left out (phrasesRead)
      .replace(/[^\s"]*:[^\s"]*/g, function (word) {  // a word with a colon in it
        var parts = /^([+-]?)([^:]*):([+-]?)(.*)$/.exec(word);
        var field = fieldNamed(parts[2], fields);
        return field !== null ? (parts[1] || parts[3]) + field + ":" + parts[4].replace(/:/g, " ") : word.replace(/:/g, " ");
      });
  }

  // The index's field a word before a colon names, as the index spells it, in whichever case typed.
  function fieldNamed(typed, fields) {
    for (var index = 0; index < fields.length; index += 1) {
      if (fields[index].toLowerCase() === typed.toLowerCase()) return fields[index];
    }
    return null;
  }

  // A query whose every word is one to leave out ("-hemlös") is lunr's every page without them:
  // 102 of the site's 103 pages, in no order a voter could use. With nothing to find, nothing is
  // asked: the search lists nothing and the theme says that nothing was found. A word counts
  // where the index's separator leaves something of it (a stop word is one: the MkDocs hook
  // adds them to the separator as whole words); a lone mark the worker drops ("*") does not, nor
  // a field with only such a mark after its colon ("text:’", "title:´"): lunr asked the field for
  // no word, and "-barn text:’" listed the 78 pages without "barn".
  // One left out so with no word after its field ("-tags:*") still makes a query of words left out.
  function onlyLeftOut(query, separator, fields) {
    var typed = query.split(/[\s"]+/), leftOut = function (word) { return word.charAt(0) === "-"; };
    var words = typed.filter(function (word) {
      var text = word.replace(/^[+\-*]+|\*+$/g, ""), field = /^([^:]+):/.exec(text);
      if (field && fieldNamed(field[1], fields) !== null) text = text.slice(field[0].length);
      return text.split(separator).some(function (piece) { return piece; });
    });
    return typed.some(leftOut) && words.every(leftOut);
  }

  // A letter typed alone may be a party's short name ("V", "C"), which its page holds for the
  // search alone. The worker completes every word typed ("v*"), and "V" listed 17 pages with words
  // beginning with v before Vänsterpartiet's. Such a letter is asked as a word of its own too, at
  // a weight far above any title's (mkdocs.yml: 1,000 a word), so that the pages having it come
  // first; the completions follow as before. Any other letter is a word begun ("e" on the way to
  // "ekonomi"), and is completed alone: weighted as a word, "e" listed first the pages that write
  // "e-tjänster", "a" a plan's "1 a–4 b" and the open-data page's "kolumn A", whatever the voter was
  // typing. The letters are
  // those the index holds for the search alone (heldLetters). A letter with a word after it is one the voter has
  // finished, and is matched whole ("^1", a weight that changes nothing), as lunr's parser matched
  // the "e" of "e-tjänster" while the hyphen held the words together: completed, "e" would list
  // every page with a word beginning with e before the topic whose keyword "e-tjänster" is.
  var LETTER = "[" + LETTERS + "]";
  var ALONE = new RegExp("^" + LETTER + "$"), AS_A_WORD = "^1000000";
  var BEFORE_A_WORD = new RegExp("(^|[\\s\"])(" + LETTER + ")(?=\\s+[^\\s\"])", "g"), WHOLE = "^1";

  // A stop word typed without å, ä and ö ("for", "pa", "ar"; a phone's English keyboard has
  // none of them) is the stop word: the index has no word so written (the words the pages hold
  // for the search alone leave them out, swedish.typed_plainly), and the search completed it to
  // every word it begins ("for*": "formulär", "fortsätta"), where it drops "för" (its separator
  // takes the stop words whole: mkdocs_hook.py, engines.py). "en valplattform for flera ar" listed
  // the guide's section "En valplattform för flera år" 17th, behind the pages with "arbete". Each
  // word of ASCII letters is asked as the stop word it is with one a or o written å, ä or ö, if
  // it is one (lunr's Swedish stop words have one such letter at most), where the separator
  // leaves nothing of it; each engine then drops it as it drops the stop word typed. The
  // separators take a stop word in small letters or with a capital first, and one typed in
  // capitals alone ("FÖR", "OCH", "FOR": caps lock, or a word copied from a heading) was
  // completed to every word it begins: "FÖR" listed 51 pages. Such a word is asked in small letters.
  var LETTERS_WORD = new RegExp("(^|[^" + WORD_CHARACTER + "])([" + LETTERS + "]+)(?=[^" + WORD_CHARACTER + "]|$)", "g");

  // A word longer than the longest stop word is none, typed in any way: the letters are not
  // tried (each a and o of a word of 5,000 letters was a word of 5,000 letters split at the
  // separator, about 130 ms of a phone's processor for one query).
  var LONGEST_STOP_WORD = STOP_WORDS.reduce(function (longest, word) { return Math.max(longest, word.length); }, 0);

  function stopWordsAsWritten(query, separator) {
    if (!separator) return query;
    return query.replace(LETTERS_WORD, function (typed, before, word) {
      if (dropped(word, separator)) return typed;
      var lower = word.toLocaleLowerCase("sv");
      if (dropped(lower, separator)) return before + lower;
      if (lower.length > LONGEST_STOP_WORD || !/^[a-z]+$/.test(lower)) return typed;
      for (var at = 0; at < lower.length; at += 1) {
        var letters = WRITTEN_FOR[lower.charAt(at)] || "";
        for (var each = 0; each < letters.length; each += 1) {
          var written = lower.slice(0, at) + letters.charAt(each) + lower.slice(at + 1);
          if (dropped(written, separator)) return before + written;
        }
      }
      return typed;
    });
  }

  // A stop word with a mark beside it ("för, hemlös", "(och)", "hemlös för.") is asked apart from
  // the mark. Material's worker splits a word typed at the separator's marks and completes each
  // part, but the separator drops a stop word only where it is the whole word typed (the hook's
  // `^…$`): "för," was "för*", every word it begins ("förskola", "förebyggande"), and "för,
  // hemlös" listed 54 pages where "hemlös" lists 8 (Zensical's separator takes the stop word by
  // what stands beside it, and listed what "hemlös" lists). A mark that is lunr's (a sign, a
  // field's colon, a wildcard, a tilde or caret) or a quotation mark stays as it stands.
  var BESIDE_A_WORD = /^[^\s"+\-*~^:]$/;

  function stopWordsApart(query, separator) {
    if (!separator) return query;
    return query.replace(LETTERS_WORD, function (typed, before, word, at) {
      var after = query.charAt(at + typed.length);
      if (!dropped(word, separator) || !BESIDE_A_WORD.test(before) && !BESIDE_A_WORD.test(after)) return typed;
      return before + (BESIDE_A_WORD.test(before) ? " " : "") + word + (BESIDE_A_WORD.test(after) ? " " : "");
    });
  }

  // Whether the index's separator leaves nothing of a word: a stop word (the MkDocs hook and
  // engines.py add them to it as whole words), which the search drops.
  function dropped(word, separator) {
    return word.split(separator).every(function (piece) { return !piece; });
  }

  // A word typed without å, ä and ö after "title:" ("title:hemloshet") found nothing under either
  // engine, where "hemloshet" alone finds the topic: a title holds its words as written, and
  // Material's index holds them typed plainly in a field of their own (search_words.TITLE_FIELD),
  // which its worker lets no query name (it knows "title", "text" and "tags" alone), Zensical's
  // among the hidden words of the text. Nor did "text:hemloshet" list the topic under Material:
  // its text writes "hemlöshet", and the words of a page's title so typed are that field's, not
  // the text's (under Zensical they are the text's: "text:…" is asked as typed). Such a word is asked in the field in each form the index's entries write it in
  // there at a word's start ("title:hemlöshet"), itself where they write it so, as the search
  // completes it; as typed where they write it in none. lunr's edit distance or weight after it
  // ("title:halsa^2", which listed nothing) is each form's. A word that must be there
  // ("+title:…") is asked so in its one form ("+title:hälsa"), and as typed where the field
  // writes it in two: lunr asks no word of two so.
  var WRITTEN_FIELDS = ["title", "text"];  // the fields the index's entries give as written
  var TYPED_PLAINLY_IN_A_FIELD = new RegExp("(^|[\\s\"])([+\\-]?)(" + WRITTEN_FIELDS.join("|") + "):([A-Za-z]+)(\\**(?:[~^]\\d+)*)(?=[\\s\"]|$)", "g");

  function fieldForms(field, word, index) {
    var forms = formsWritten(index.written[field] || "", word);
    return forms.length ? forms : [word];
  }

  function fieldsAsWritten(query, index) {
    return query.replace(TYPED_PLAINLY_IN_A_FIELD,
      function (typed, before, sign, field, word, after) {
        var forms = fieldForms(field, word, index);
        if (sign === "+" && forms.length > 1) return typed;
        return before + forms.map(function (form) { return sign + field + ":" + form + after; }).join(" ");
      });
  }

  // Each of the `fields` of the index's entries (Material's docs, Zensical's items), in lower
  // case, each markup and character reference a space. Zensical's texts are not read: "text:…"
  // is asked there as typed (zensicalQuery reads the titles alone), and the whole index's text,
  // lower-cased, cost its search's setup that time for nothing.
  function indexedFields(entries, fields) {
    var written = {};
    fields.forEach(function (field) {
      written[field] = (entries || []).map(function (entry) {
        return String(entry[field] || "").replace(/<[^>]*>|&#?\w+;/g, " ");
      }).join("\n").toLocaleLowerCase("sv");
    });
    return written;
  }

  // Material's worker completes each word typed ("hemlös*") but one with lunr's weight after it
  // ("hemlös^2"), which it matched only whole: "title:hemlös^2" listed nothing, where
  // "title:hemlös" lists the four pages titled "Hemlöshet" (no title writes "hemlös" alone), and
  // "hemlös^2" 4 pages where "hemlös" lists 8. A weight only weighs: such a word is asked
  // completed before its weight ("hemlös*^2"), as lunr reads a wildcard there. Not a word with a
  // sign before it (one that must be there, or must not), which the worker matches whole with a
  // weight or without, nor with lunr's edit distance (a word so many letters off, whole).
  // Its wildcard goes after its last letter or digit (LAST_OF_A_WORD), before a mark typed after
  // it: "hemlös,*^2" was "hemlös" and "*", every word of the index, and "hemlös,^2" listed every
  // page (105) where "hemlös^2" lists 8.
  var WEIGHED = /(^|[\s"])((?:[A-Za-z]+:)?[^\s"+\-*~^:][^\s"~^]*?)(?=(?:\^\d+)+(?=[\s"]|$))/g;

  // Nor did it complete a word with a sign before it: "+hemlös" (a word that must be there)
  // listed only the pages that write "hemlös" whole, none of those with "hemlösa" or
  // "hemlöshet", which "hemlös" lists, and "hemlöshet -barn" left out the pages with "barn" but
  // not those with "barnfamiljer", which "barn" finds. Such a word is asked completed, before a
  // weight after it, as an unsigned word is and as Zensical's worker asks it (a prefix: its
  // tree, zensicalQuery); not a stop word, which the separator drops only whole ("+för" would be
  // every word beginning with "för"), nor a word with lunr's edit distance after it (so many
  // letters off, whole), nor a quoted phrase's words, which the worker asks as they stand; nor a
  // letter alone, which is matched whole, as a letter with a word after it is (BEFORE_A_WORD):
  // completed, "hemlöshet -V" (the topic without Vänsterpartiet) left out every page with a word
  // beginning with v, 7 of hemlöshet's 8, and "+V" listed 77 pages where it listed V's 2.
  var SIGNED = /(^|[\s"])([+\-]+(?:[A-Za-z]+:)?)([^\s"+\-*~^:][^\s"*~^]*)(?=(?:\^\d+)*(?=[\s"]|$))/g;
  // Its wildcard goes after its last letter or digit, before the marks after it: lunr read
  // "-barn.*" (a word typed with a full stop, a comma after it) as "-barn" and "-*", which left
  // out every page, and "hemlöshet -barn," listed nothing.
  // Nor a unit after a number, or per after it, which Material's worker matches whole as it does
  // unsigned (UNIT_AFTER_A_NUMBER): `hemlöshet -"1731 kr"` was "-1731* -kr*", and left out the
  // plans that write "kriminalitet" or "kräver", neither 1731 nor kr.
  var SIGNED_UNIT = new RegExp("(?:^|[\\s\"])[+\\-]*\\d[\\d,]*\\s+[+\\-]*(?:" + UNITS + ")(?:\\s+[+\\-]*per)?$", "i");
  var LAST_OF_A_WORD = new RegExp("[" + WORD_CHARACTER + "](?=[^" + WORD_CHARACTER + "]*$)");
  var WILDCARD_AT_END = new RegExp("\\*[^" + WORD_CHARACTER + "]*$");
  // So does a wildcard typed after the marks at a word's end ("hemlös,*", "(hemlös).*",
  // "-barn,*"), and one after marks alone ("hemlöshet ,*"), with a sign before them or not
  // ("hemlöshet -,*"), is none: lunr read it as a word of its own, "*", every word of the index:
  // "hemlös,*" listed every page (105) where "hemlös*" lists 8, "hemlöshet -barn,*" and
  // "hemlöshet -,*" left out every page, and Zensical's worker lists what "hemlös*" and
  // "hemlöshet" list. The sign and marks left are no word, which the worker drops.
  var MARKS = "[^\\s\"*~^:+\\-" + WORD_CHARACTER + "]+";
  var WILDCARD_AFTER_MARKS = new RegExp("([" + WORD_CHARACTER + "])(" + MARKS + ")\\*+(?=[\\s\"~^]|$)", "g");
  var WILDCARD_AFTER_MARKS_ALONE = new RegExp("(^|[\\s\"])([+\\-]*" + MARKS + ")\\*+(?=[\\s\"~^]|$)", "g");

  // A pair of quotation marks with nothing between them is no phrase: Material's worker pairs a
  // quote only around a character, and paired the second with a quote after it, whose words it
  // then required, a sign among them too: `"" hemlöshet -barn"` was "+hemlöshet +-barn", at which lunr threw, and
  // listed the 37 pages of `hemlöshet barn` where `hemlöshet -barn` lists 4.
  var EMPTY_PHRASE = /(^|\s)[+\-]*""(?=\s|$)/g;

  // A word of no letter or digit (an emoji, "→") with a plus before it, beside a word that has
  // one, is none, as without the plus (it need not be there, and finds nothing): lunr required
  // it, and "+🙂 barn" listed nothing, where Zensical's query lists what "barn" lists
  // (zensicalQuery). lunr's wildcard, edit distance and weight and a field's colon are its own.
  var REQUIRED_MARKS = /(^|\s)\++([^\s"]+)(?=\s|$)/g;

  function requiredMarksDropped(query) {
    if (!LETTER_OR_DIGIT.test(query)) return query;
    return query.replace(REQUIRED_MARKS, function (typed, before, word) {
      return LETTER_OR_DIGIT.test(word) || /[*~^:]/.test(word) ? typed : before;
    });
  }

  // lunr's edit distance after a word ("hemlös~6") is at most two: lunr walks every word of its
  // index within the distance, and the work and memory grow about threefold with each step
  // further: "hemlöshet~7" took the worker 2 s and 340 MB, "hemlöshet~12" more than a minute
  // and 2.3 GB, a phone's tab given up, where "hemlöshet~2" takes a blink. Two letters off is
  // already most of a short word; a larger distance listed the pages of words unlike it.
  var EDIT_DISTANCE = /([^\s"~^])~(\d+)(?=[\s"~^]|$)/g, FARTHEST = 2;

  function asked(query, index) {
    var words = stopWordsApart(stopWordsAsWritten(requiredMarksDropped(signsRead(query)), index.separator), index.separator);
    words = fieldsAsWritten(asWordsTyped(phrasesRead(words), index.fields), index)
      .replace(WILDCARD_AFTER_MARKS, "$1*$2").replace(WILDCARD_AFTER_MARKS_ALONE, "$1$2").replace(EMPTY_PHRASE, "$1");
    if (index.separator && onlyLeftOut(words, index.separator, index.fields)) return "";
    var typed = words.trim();
    if (ALONE.test(typed) && index.letters.indexOf(typed.toLowerCase()) >= 0) return typed + AS_A_WORD + " " + typed;
    return words.replace(WEIGHED, function (word, before, weighed) {
      return before + (WILDCARD_AT_END.test(weighed) ? weighed : weighed.replace(LAST_OF_A_WORD, "$&*"));
    }).replace(SIGNED, function (typed, before, signs, word, at, query) {
      var letters = word.replace(AROUND_A_WORD, "");
      if (!letters || ALONE.test(letters) || (index.separator && dropped(letters, index.separator))) return typed;
      if (SIGNED_UNIT.test(query.slice(0, at + typed.length))) return typed + (query.charAt(at + typed.length) === "^" ? "" : WHOLE);
      return before + signs + word.replace(LAST_OF_A_WORD, "$&*");
    }).replace(BEFORE_A_WORD, "$1$2" + WHOLE).replace(UNIT_AFTER_A_NUMBER, function (typed, before, unit, per) {
      return before + unit + WHOLE + (per ? " " : "");
    }).replace(PER_AFTER_A_UNIT, "$1$2" + WHOLE).replace(EDIT_DISTANCE, function (typed, last, distance) {
      return last + "~" + Math.min(Number(distance), FARTHEST);
    });
  }

  // Zensical's worker parses a query string into words that must all be found: it splits the
  // query at the index's separator, which holds a hyphen, so "-barn" was the word "barn" and
  // "hemlös -barn" listed the sections with both words. Its engine reads a query given as a
  // tree of words and operators too (the bundle gives it one for the tags filter), with "not":
  // a word typed with a hyphen before it, as lunr reads it, is one to leave out, and the query
  // is given as a tree: the words to find, and not the words left out. Each word is split at
  // the separator as the worker splits a query, and completed and matched by it as any word.
  // The engine's "not" turns every bit of its set but the 32nd of each 32 (31, 63, … of its
  // sections: it flips them with 0x7FFFFFFF), so it is taken twice: not(not(found), left out)
  // is the sections found, less those with a word left out. A hyphen right before a number is
  // its sign, as above. A query with no word to find lists nothing, as under Material. A word
  // after a field's colon is looked for in that field (typedWord), and so is given as a tree too.
  function zensicalWords(text, from, separator, words) {
    var start = 0, match;
    separator.lastIndex = 0;
    while (start < text.length) {
      match = separator.exec(text);
      var end = match ? match.index : text.length;
      if (end > start) words.push({ value: text.slice(start, end), start: from + start, end: from + end });
      if (!match) break;
      start = match.index + match[0].length;
      if (!match[0].length) separator.lastIndex += 1;
    }
  }

  // lunr's wildcard at a word's edge ("hemlös*", "*" alone) is a mark of no word to Zensical's
  // worker, which completes each word itself: "*" was a word of the index (the guide writes
  // it), and "hemlöshet *" listed nothing, "-hemlös *" the sections that write "*". Each such
  // "*" is a space (of one character: a word's place in the query is kept for the tree below).
  // So is lunr's edit distance or weight after a word ("hemlös~1", "title:hälsa^2"), which the
  // worker has not: split at the separator, it was a word to find, and "title:hälsa^2" listed
  // nothing, "hemlös^2" the sections with "hemlös" and "2". The worker matches a word loosely itself.
  // A quoted phrase with a hyphen before it (-"barn unga") leaves out the sections with all its
  // words, as a hyphen before a word leaves out the sections with it: the worker split the quote
  // off and found the sections with "barn". Material's tags are filters under Zensical, its
  // bundle's (the dialog's tags), which its search never reads: a word after "tags:" is asked as
  // the words the setup message gives the sections tagged with a tag that has a word beginning
  // with it (tagsInPath), as Material looks for it in its tags alone.
  var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

  function zensicalQuery(input, index) {
    var separator = index.zensicals, found = [], leftOut = [], fielded = false, whole = false, count = 0;
    var asTyped = input = stopWordsAsWritten(signsRead(input), index.separator);  // each character where the query has it
    var unitsAt = unitsWholeAt(asTyped);
    var matchedWhole = function (word, unit) {
      return unit || Boolean(unitsAt[word.start]) || (word.plain && ALONE.test(word.value) && LETTER_BEFORE_A_WORD.test(asTyped.slice(word.end)));
    };
    var edited = {};  // where a word typed with an edit distance ends ("lt~1"): asked loosely (unwritten)
    input = input.replace(/([^\s"~^])((?:[~^]\d+)+)(?=[\s"]|$)/g, function (typed, last, figures, at) {
      if (figures.indexOf("~") >= 0) edited[at + last.length] = true;
      return last + figures.replace(/./g, " ");
    }).replace(/(^|[\s"])(\*+)|\*+(?=[\s"]|$)/g, function (stars, before, leading) {
      return (before || "") + stars.slice((before || "").length).replace(/\*/g, " ");
    });
    input.replace(/([+\-]*)"([^"]*)"?|[^\s"]+/g, function (word, signs, phrase, at) {
      var group = [];
      if (phrase !== undefined) {
        zensicalWords(phrase, at + signs.length + 1, separator, group);
        var closed = word.length > signs.length + 1 && word.charAt(word.length - 1) === '"';
        // A letter in it is matched whole, as Material's worker asks each of its words with a sign
        // (asked): '"V"' listed ten sections with words beginning with v, where Material lists the
        // two pages that hold V, and '"e tjänster"' a plan's section that writes "eller" and "tjänster".
        if (closed) group.forEach(function (each) { if (ALONE.test(each.value)) each.whole = whole = true; });
        if (/-/.test(signs)) {
          if (group.length) leftOut.push(group);
        } else {
          // A phrase's words must be there, as Material's worker asks each ("+text"): with a word
          // beside it that has no sign, that word weighs alone (below), and "\"text\" hemlöshet"
          // listed nothing, where Material lists the 11 pages with "text". Not those after a
          // quote that closes none ("barn\"unga"), which Material's worker reads as words.
          group.forEach(function (each) { each.must = closed; each.plain = !closed; each.whole = each.whole || matchedWhole(each, false); });
          found.push.apply(found, group);
        }
        return word;
      }
      var typed = typedWord(word), must = /\+/.test(word.slice(0, typed.at)) && !typed.leftOut;
      var unit = /[+\-]/.test(word.slice(0, typed.at)) && SIGNED_UNIT.test(asTyped.slice(0, at + word.length));
      zensicalWords(typed.text, at + typed.at, separator, group);
      group.forEach(function (each) { each.must = must; each.plain = !must && !typed.leftOut; each.whole = matchedWhole(each, unit); });
      // The field holds the first word after its colon, as lunr's: "title:hemlös-barn" is
      // "hemlös" in a title and "barn" anywhere.
      if (group.length && ZENSICALS_FIELDS.indexOf(typed.field) >= 0) group[0].field = typed.field;
      // Its text holds the words so typed (hidden), as "hemloshet" alone finds them: a title's are asked as written.
      if (group.length && typed.field === "title") group[0].forms = fieldForms("title", group[0].value, index);
      // One after "tags:" is the tags that have it (a word of theirs beginning with it; a letter
      // that must be there or is left out a word of theirs, as under Material: "+tags:h" listed
      // the 25 sections tagged "hemlös" and others, where Material lists none, "hemlöshet -tags:h"
      // left out the topic's sections), each asked as the word the sections so tagged hold
      // (tagsInPath): it was asked in the text too, and "tags:anställningsbarhet" did not list the
      // topic's page so tagged, which does not write it; "hemlös -tags:hemlös" left out the
      // sections that write "hemlös" and listed nothing, where Material lists 4 pages.
      if (group.length && typed.field === "tags") {
        group[0].tags = taggedWith(group[0].value, index.tags, separator, (must || typed.leftOut) && ALONE.test(group[0].value));
      }
      fielded = fielded || Boolean(typed.field);
      // A letter left out is matched whole (a value, not a prefix), as under Material: "hemlöshet
      // -V" (the topic without Vänsterpartiet) left out every section with a word beginning with
      // v, and listed nothing.
      if (typed.leftOut) leftOut.push.apply(leftOut, group.map(function (each) { each.whole = each.whole || ALONE.test(each.value); return [each]; }));
      else found.push.apply(found, group);
      // So is a letter alone that must be there ("+V"), as Material's worker reads it (asked):
      // completed, "+V" listed ten sections with words beginning with v, where Material lists
      // the two pages that hold V. A stop word of one letter ("+i") is no word of the query: the
      // separator leaves nothing of it, and the script threw at it ("hemlöshet +i" asked nothing).
      // With a mark typed after it ("+V,", "+V.") it is the letter still, as under Material: it
      // was completed. With lunr's wildcard after it ("+V*") it is completed, as Material does:
      // it was matched whole. So in a title or a text ("+title:V", `text:"a"`, whose phrase is its
      // words to be there): completed, "+title:V" listed ten sections whose titles have a word
      // beginning with v, where Material lists none. Not after "tags:" (taggedWith).
      if (group.length === 1 && ALONE.test(group[0].value) && !typed.leftOut && typed.field !== "tags"
          && /\+/.test(word.slice(0, typed.at)) && asTyped.charAt(at + word.length) !== "*") {
        group[0].whole = whole = true;
      }
      return word;
    });
    // A word with a plus before it must be there and the words typed without a sign need not, as
    // lunr reads them: beside one that must be there they weigh, but find nothing of their own and
    // leave nothing out; without one, a section needs one of them, more weighing more. Zensical's
    // worker finds the sections with every word: "hemlöshet +V" listed nothing, where Material
    // lists the pages that hold V, and "hemlöshet barn" the 5 sections with both, where Material
    // lists the 36 pages with either, those with both higher. A quoted phrase's words must be
    // there (Material's worker asks each with a plus).
    // A word of no letter or digit (an emoji, "→") beside one that has one is none, as under
    // Material, where a word typed without a sign need not be there: "barn 🙂" listed nothing.
    var lettered = found.filter(function (word) { return LETTER_OR_DIGIT.test(word.value); });
    var marksAlone = lettered.length > 0 && lettered.length < found.length;
    if (marksAlone) found = lettered;
    // A short word that no word of the index begins with matches none (unwritten), as under
    // Material, where "lt" and "amp" list nothing: one that must be there finds nothing, one
    // typed without a sign is none beside words found (Material's need not be there: "300 tkr"
    // lists what "tkr" lists) and alone finds nothing, one left out leaves out nothing.
    // One typed with an edit distance ("lt~1") is asked loosely, as Material lists the words
    // within it: found nowhere, it listed nothing.
    // A word after "tags:" that no tag has is found nowhere alike.
    var written = function (word) { return word.tags ? word.tags.length > 0 : edited[word.end] || !unwritten(word, index); };
    if (found.some(function (word) { return word.must && !written(word); })) return { input: "" };
    var kept = [found.length, leftOut.length];
    found = found.filter(written);
    leftOut = leftOut.filter(function (group) { return group.every(written); });
    var dropped = kept[0] !== found.length || kept[1] !== leftOut.length;
    if (!leftOut.length && !fielded && !whole && found.length < 2 && !marksAlone && !dropped) return { input: input };
    if (!found.length) return { input: "" };
    var musts = found.filter(function (word) { return word.must; }), optional = found.filter(function (word) { return word.plain; });
    // A tag's word that need not be there weighs, as under Material, in the path, which Zensical
    // weighs above the text and below the title, as Material weighs a tag: "tags:eskilstuna +barn",
    // no tag of which begins so, lists what "+barn" lists.
    var operator = function (name, operands) { return { type: "operator", data: { operator: name, operands: operands } }; };
    var value = function (word) {  // in a title, each form the titles write it in (fieldForms); after "tags:", each tag's word
      var values = word.tags ? word.tags.map(function (tag) {
        return { type: "value", data: { field: "path", value: tagWord(tag), range: { start: word.start, end: word.end, value: count++ } } };
      }) : (word.forms || [word.value]).map(function (form) {
        var range = { start: word.start, end: word.end, value: count++ };
        return { type: "value", data: { field: word.field || "*", value: word.whole ? form : { type: "prefix", data: form }, range: range } };
      });
      return values.length > 1 ? operator("or", values) : values[0];
    };
    var any = function (words) { return words.length > 1 ? operator("or", words.map(value)) : value(words[0]); };
    var wanted = musts.length ? musts.map(value) : [any(optional)], first = any(musts.length ? musts.slice(0, 1) : optional);
    if (musts.length && optional.length) wanted.push(any(musts.slice(0, 1).concat(optional)));
    var without = leftOut.map(function (group) { return group.length > 1 ? operator("and", group.map(value)) : value(group[0]); });
    return { input: operator("and", wanted.concat([operator("not", [operator("not", [first])].concat(without))])) };
  }

  // The words of a query that Material's worker matches whole (asked), not completed, are so
  // matched under Zensical too (zensicalQuery): a letter without a sign with a word after it, in
  // its own word or the next ("e tjänster", "e-tjänster", "U+FFFF"; BEFORE_A_WORD), an amount's unit
  // after its number and "per" after that ("1731 kr", "1 250 kr per invånare"; UNIT_AFTER_A_NUMBER,
  // PER_AFTER_A_UNIT), without a sign, or with one (SIGNED_UNIT). Beside other words without a
  // sign, each of which finds sections of its own, "e tjänster" listed every section with a word
  // beginning with e, "1731 kr" first the guide, which writes "kriminalitet", not 1731 kr.
  var LETTER_BEFORE_A_WORD = /^(?!\*)(?:\S*?[\p{L}\p{N}]|\s+[^\s"])/u;
  var PER_AFTER = /^\s*(?:[+\-]*[A-Za-z]+:)?per(?=\s|$)/i;

  // Where each unit without a sign after a number begins, and "per" after it.
  function unitsWholeAt(query) {
    var at = {};
    query.replace(UNIT_AFTER_A_NUMBER, function (typed, before, unit, slash, offset) {
      if (/[+\-](?:[A-Za-z]+:)?$/.test(before)) return typed;
      at[offset + before.length] = true;
      var per = PER_AFTER.exec(query.slice(offset + typed.length));
      if (per) at[offset + typed.length + per[0].length - "per".length] = true;
      return typed;
    });
    return at;
  }

  // Zensical's worker matches a word that no word of its index begins with (or, matched whole,
  // none is) loosely: every word of the index within two edits of it ("fuzzy"), whatever its
  // length, so that a short one found words no page writes it in: "lt" listed the sections with
  // "lita", "lots" or "lss", "amp" those with "typ" or "år". A word of under four letters so is
  // unwritten, as under Material, which lists nothing for either; a longer one is still matched
  // loosely (a letter typed wrong, "hemlöshte"). The index's words are read once, at the first
  // short word: its fields split as the worker splits them (between tags, at the separator) and
  // in its form (decomposed, in small letters), 3,700 words.
  var LOOSE_FROM = 4;

  function unwritten(word, index) {
    if (Array.from(word.value.normalize("NFC")).length >= LOOSE_FROM) return false;
    var words = index.words || (index.words = indexWords(index));
    return (word.forms || [word.value]).every(function (form) {
      var typed = form.normalize("NFKD").toLowerCase();
      return word.whole ? words.indexOf(typed) < 0 : !words.some(function (each) { return each.lastIndexOf(typed, 0) === 0; });
    });
  }

  function indexWords(index) {
    var seen = {};
    (index.items || []).forEach(function (item) {
      ["title", "text", "path"].forEach(function (field) {
        String(item[field] || "").replace(/<[^>]*>/g, " ").split(index.zensicals).forEach(function (word) {
          if (word) seen[word.normalize("NFKD").toLowerCase()] = true;
        });
      });
    });
    return Object.keys(seen);
  }

  // The index's tags (their numbers among `tags`) that have a word beginning with `word`, as lunr
  // completes a word in a field. Matched whole (`whole`), the tags that have the word itself.
  function taggedWith(word, tags, separator, whole) {
    var begun = word.toLocaleLowerCase("sv"), numbers = [];
    tags.forEach(function (tag, number) {
      var has = tag.toLocaleLowerCase("sv").split(separator).some(function (part) {
        return part && (whole ? part === begun : part.indexOf(begun) === 0);
      });
      if (has) numbers.push(number);
    });
    return numbers;
  }

  // The letters that the index's entries hold as a word of their own among the words for the
  // search alone (search_words.py wraps them in a hidden span): an actor's short name of one
  // letter, which its page holds where its name lacks it ("V" for Vänsterpartiet Eskilstuna).
  var HELD = /<span hidden="hidden">([^<]*)<\/span>/g;

  function heldLetters(docs) {
    var letters = [];
    (docs || []).forEach(function (doc) {
      String(doc.text || "").replace(HELD, function (span, words) {
        words.split(/\s+/).forEach(function (word) {
          if (ALONE.test(word) && letters.indexOf(word.toLowerCase()) < 0) letters.push(word.toLowerCase());
        });
        return span;
      });
    });
    return letters;
  }

  // Zensical's search reads no tags: they are the dialog's filters, which can only narrow a
  // search, never add to it, so "tags:hemlös barn" (the sections so tagged or with "barn", as
  // under Material) was not to be asked of them. The setup message gives each tagged section a
  // word for each of its tags, in its path, which the search reads (weighed 2, between a title's
  // 3 and the text's 1, as Material weighs a tag between them) and the dialog shows only as far
  // as the section's own path: TAG_WORD, three characters no query holds (no word within the
  // worker's two edits of a typed one), and the tag's number among the index's tags. A section's
  // result, its text and title, reads as before, its path as its bundle has it.
  var TAG_WORD = "\uE000\uE000\uE000";

  function tagWord(number) {
    return TAG_WORD + number;
  }

  function tagsInPath(message, tags) {
    var items = message.data.items.map(function (item) {
      if (!item.tags || !item.tags.length) return item;
      var words = item.tags.map(function (tag) { return tagWord(tags.indexOf(tag)); });
      return Object.assign({}, item, { path: (item.path || []).concat([words.join(" ")]) });
    });
    return Object.assign({}, message, { data: Object.assign({}, message.data, { items: items }) });
  }

  // Zensical's index's tags (its items'), each once, in the order first found.
  function indexedTags(items) {
    var tags = [];
    (items || []).forEach(function (item) {
      (item.tags || []).forEach(function (tag) { if (tags.indexOf(tag) < 0) tags.push(tag); });
    });
    return tags;
  }

  function LaterWorker(url, options) {
    this.vlvArguments = [url, options];
    this.vlvWorker = null;
    this.vlvListeners = [];
    this.vlvHandlers = {};
    // The index's fields (title, text, tags), separator, letters held and words as written, from the setup message.
    this.vlvIndex = { fields: [], separator: null, letters: [], written: {} };
  }
  ["onmessage", "onmessageerror", "onerror"].forEach(function (name) {
    Object.defineProperty(LaterWorker.prototype, name, {
      get: function () { return this.vlvWorker ? this.vlvWorker[name] : this.vlvHandlers[name] || null; },
      set: function (handler) {
        if (this.vlvWorker) this.vlvWorker[name] = handler;
        else this.vlvHandlers[name] = handler;
      }
    });
  });
  LaterWorker.prototype.addEventListener = function (type, listener, options) {
    if (this.vlvWorker) this.vlvWorker.addEventListener(type, listener, options);
    else this.vlvListeners.push([type, listener, options]);
  };
  LaterWorker.prototype.removeEventListener = function (type, listener, options) {
    if (this.vlvWorker) this.vlvWorker.removeEventListener(type, listener, options);
    else this.vlvListeners = this.vlvListeners.filter(function (kept) { return kept[0] !== type || kept[1] !== listener; });
  };
  LaterWorker.prototype.postMessage = function () {
    if (!this.vlvWorker) {
      var started = this.vlvWorker = new RealWorker(startedAs(this.vlvArguments[0], arguments[0]), this.vlvArguments[1]);
      this.vlvListeners.splice(0).forEach(function (kept) { started.addEventListener(kept[0], kept[1], kept[2]); });
      Object.keys(this.vlvHandlers).forEach(function (name) { started[name] = this.vlvHandlers[name]; }, this);
    }
    var message = arguments[0];
    if (message && message.type === SETUP && message.data && message.data.config) {
      var separator = null, zensicals = null;
      try {
        separator = message.data.config.separator ? new RegExp(message.data.config.separator) : null;
        // Zensical's worker reads it as Unicode ("gu"), its index being a list of items.
        if (message.data.items) zensicals = new RegExp(message.data.config.separator, "gu");
      } catch (error) {}  // the worker reads it itself; without it, an exclusion alone is asked as typed
      this.vlvIndex = { fields: Object.keys(message.data.config.fields || {}), separator: separator, zensicals: zensicals,
                        letters: heldLetters(message.data.docs), tags: indexedTags(message.data.items), items: message.data.items,
                        written: message.data.items ? indexedFields(message.data.items, ["title"])
                          : indexedFields(message.data.docs, WRITTEN_FIELDS) };
      if (isZensicals(message)) arguments[0] = tagsInPath(message, this.vlvIndex.tags);
    }
    if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: QUERY, data: asked(message.data, this.vlvIndex) };
    }
    if (message && message.type === QUERY && this.vlvIndex.zensicals && message.data && typeof message.data.input === "string") {
      var query = Object.assign({}, message.data);  // the bundle's own query is left as typed
      query.input = zensicalQuery(message.data.input, this.vlvIndex).input;
      arguments[0] = { type: QUERY, data: query };
    }
    return this.vlvWorker.postMessage.apply(this.vlvWorker, arguments);
  };
  // Zensical's setup message: its index is a list of items (Material's gives docs).
  function isZensicals(message) {
    return Boolean(message && message.type === SETUP && message.data && message.data.config && Array.isArray(message.data.items));
  }

  LaterWorker.prototype.terminate = function () {
    if (this.vlvWorker) this.vlvWorker.terminate();
  };

  // Material's worker (its setup message gives the index's docs; Zensical's gives items, and
  // its engine is not lunr) is started through vlv-search-worker.js, in the bundle's folder,
  // which runs the bundle with lunr's set of the index's words made whole: where two of its
  // nodes wrote the same string, the set lost words of the index and held words it has not, and
  // a word typed that reached one threw ("Invalid query"): the search listed nothing.
  // The bundle is named by its file alone, which the script imports from its own folder (the
  // theme's, assets/javascripts/workers/, where the bundle finds its language files).
  function startedAs(url, setup) {
    if (!wholeWords || !setup || setup.type !== SETUP || !setup.data || !setup.data.docs) return url;
    var bundle = new URL(url, location.href), started = new URL(wholeWords.href), folder = /[^\/]*$/;
    if (bundle.origin !== started.origin || bundle.pathname.replace(folder, "") !== started.pathname.replace(folder, "")) return url;
    started.searchParams.set("bundle", folder.exec(bundle.pathname)[0]);
    return started.href;
  }

  window.Worker = function Worker(url, options) {
    return same(url, worker) ? new LaterWorker(url, options) : new RealWorker(url, options);
  };
  window.Worker.prototype = RealWorker.prototype;
})();
