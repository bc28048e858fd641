/* Vem lovar vad? – Material's search worker, with lunr's set of the index's words made whole.
   lunr keeps the index's words as a set (lunr.TokenSet), built by merging the nodes that are
   alike, which it tells apart by a string of each node's letters and the numbers of the nodes
   they lead to, run together (TokenSet.prototype.toString). Where the letters are digits, two
   nodes unalike can write the same string ("0" to node 212 and "0" to node 2 with "1" to node 2
   both read "00212"), and the set merges them: it loses words the index has and holds words it
   has not. A word typed, which the worker completes ("kod" as "kod*"), then reached such a word,
   lunr threw ("Invalid query") and the search listed nothing; a word lost was found nowhere. On
   the real site the forty hex digits of a commit named on the open-data page did so in one
   build of four, and any text with letters and digits in a word can (lunr.js issue 503). Here
   each node's number ends with a comma, which no number holds: the string is one node's alone.
   lunr reads it for nothing else.
   A query lunr cannot parse is asked as its words alone (askedAsWords).
   vlv-search-on-demand.js starts this script, in the bundle's folder, in place of the bundle
   (`?bundle=` its file name): the bundle runs here as it would alone, and its language files
   (`../lunr/…`) are found from the same folder. */
(function () {
  "use strict";
  var bundle = new URL(self.location.href).searchParams.get("bundle");
  // A file of this folder alone: the worker runs no script of another address.
  if (!bundle || !/^[\w.-]+\.js$/.test(bundle)) throw new Error("vlv-search-worker.js: no bundle named (?bundle=search.….min.js)");
  self.importScripts(bundle);
  var TokenSet = self.lunr && self.lunr.TokenSet;
  if (!TokenSet) return;
  TokenSet.prototype.toString = function () {
    if (this._str) return this._str;
    var string = this.final ? "1" : "0", labels = Object.keys(this.edges).sort();
    for (var at = 0; at < labels.length; at += 1) string += labels[at] + this.edges[labels[at]].id + ",";
    return string;
  };

  // A query lunr's parser throws at ("expecting term or field, found 'PRESENCE'": two signs before
  // a word, as the bundle made of `"hemlöshet +"2024`, each word of a quote one that must be there,
  // before the page's script read a sign at a quote's end as none) is its words alone, as lunr's lexer read them: its edit distances
  // and weights dropped. The bundle caught the error and listed nothing, where Zensical listed
  // results. Its words are clauses of their own, each completed where the query completed it, and
  // a query of words alone parses: no query lunr is given throws. A word keeps the field before it
  // where the index has that field, as lunr reads it ("title:hemlös ++zzz" is "title:hemlös"): with
  // its field dropped, it was looked for in every field, and listed 8 pages for title's 4. A word
  // after a field the index has not ("zzz:hemlös") is looked for in every field. A word keeps
  // the one sign right before it (or before its field), as lunr reads it alone ("-barn", a word to
  // leave out): with its sign dropped, a word meant left out was found. Two signs ("+-barn") are
  // what lunr threw at, and none is kept.
  var lunr = self.lunr, parse = lunr.QueryParser && lunr.QueryParser.prototype.parse;
  if (!parse || !lunr.QueryParseError || !lunr.QueryLexer) return;
  lunr.QueryParser.prototype.parse = function () {
    var clauses = this.query.clauses.length;
    try {
      return parse.call(this);
    } catch (error) {
      if (!(error instanceof lunr.QueryParseError)) throw error;
      return askedAsWords(this, clauses);
    }
  };

  function askedAsWords(parser, clauses) {
    var lexemes = parser.lexemes || [], Lexer = lunr.QueryLexer, presence = lunr.Query.presence;
    var type = function (at) { return lexemes[at] ? lexemes[at].type : null; };
    parser.query.clauses.length = clauses;
    lexemes.forEach(function (lexeme, at) {
      if (lexeme.type !== Lexer.TERM || !lexeme.str) return;
      var sign = type(at - 1) === Lexer.FIELD ? at - 2 : at - 1;
      var clause = { term: lexeme.str.toLowerCase(), usePipeline: lexeme.str.indexOf("*") < 0 };
      var field = type(at - 1) === Lexer.FIELD ? lexemes[at - 1].str : null;
      if (parser.query.allFields.indexOf(field) >= 0) clause.fields = [field];
      if (type(sign) === Lexer.PRESENCE && type(sign - 1) !== Lexer.PRESENCE) {
        clause.presence = lexemes[sign].str === "-" ? presence.PROHIBITED : presence.REQUIRED;
      }
      parser.query.clause(clause);
    });
    return parser.query;
  }
})();
