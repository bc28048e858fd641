// The words a search result's page marks: a result links to its page with them in `?h=`, and
// the theme marks them once the page's own script has read the address (vlv-search-on-demand.js
// runs before the theme's bundle). `node search_highlight.js <site> < input.json`, the input
// being `{"addresses": [...], "text": ...}`, prints for each address the `h` the bundle then
// reads (null where there is none), both engines' pages loading the same script, and the words
// the bundle's highlighter marks in the text (null where no text is given): `{address: {h, marks}}`.
// The text is the page's content, which the script reads too (none where no text is given).
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
const scripts = path.join(site, "assets", "javascripts");
const script = fs.readFileSync(path.join(scripts, "vlv-search-on-demand.js"), "utf8");

function heldAddress(address, text) {
  const page = { Promise, URL, URLSearchParams, RegExp, Object, location: new URL(address) };
  page.window = page;
  page.history = { state: null, replaceState(state, title, url) { page.location = new URL(url, page.location.href); } };
  page.XMLHttpRequest = function () {};
  page.XMLHttpRequest.prototype = { open() {}, send() {} };
  page.document = {
    getElementById: () => ({ textContent: JSON.stringify({ base: "..", search: "assets/javascripts/workers/search.js" }) }),
    addEventListener() {}, removeEventListener() {}, dispatchEvent() {},
    // The page's content: the text, shown.
    querySelector: selector => (text !== null && selector === "[data-md-component=content]" ? {} : null),
    createTreeWalker: () => {
      const nodes = [{ data: text, parentElement: { closest: () => null } }];
      return { nextNode: () => nodes.shift() || null };
    },
  };
  page.Event = function () {};
  vm.createContext(page);
  vm.runInContext(script, page);
  return new URL(page.location.href).searchParams.get("h");
}

// The escape-html package the bundle escapes a page's text with before it marks it.
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = text => String(text).replace(/[&<>"']/g, mark => ENTITIES[mark]);
const unescapeHtml = text => text.replace(/&(?:amp|lt|gt|quot|#39);/g, entity => Object.keys(ENTITIES).find(mark => ENTITIES[mark] === entity));

// The bundle's highlighter (Material's setupSearchHighlighter, kept in Zensical's bundle), taken
// from the minified bundle as it stands: given the index's config, it makes from the words in `h`
// a function that marks them in a text of the page. The index is Material's or Zensical's,
// whichever the site has; its config holds the separator the highlighter splits `h` at.
function highlighter() {
  const bundle = fs.readFileSync(path.join(scripts, fs.readdirSync(scripts).find(name => /^bundle\..*\.min\.js$/.test(name))), "utf8");
  const start = bundle.search(/function \w+\(\w+\)\{let \w+=\w+\.separator\.split\("\|"\)/);
  const end = bundle.indexOf("}function ", bundle.indexOf("<mark data-md-highlight>", start)) + 1;
  if (start < 0 || end <= 0) throw new Error("the theme's bundle has no search highlighter where this script looks for it");
  const source = bundle.slice(start, end), escaping = /\(0,(\w+)\.default\)/.exec(source)[1];
  const context = { RegExp, [escaping]: { default: escapeHtml } };
  vm.createContext(context);
  const index = ["search.json", path.join("search", "search_index.json")].map(name => path.join(site, name)).find(fs.existsSync);
  return vm.runInContext(`(${source})`, context)(JSON.parse(fs.readFileSync(index, "utf8")).config);
}

// The highlighter is made once, at the first input with a text: the site's bundle and index
// do not change while the script runs.
let marking;
function read(input) {
  if (input.text !== null) marking = marking || highlighter();
  const found = {};
  for (const address of input.addresses) {
    const h = heldAddress(address, input.text);
    const marked = input.text !== null && h !== null ? marking(h)(input.text) : "";  // without `h`, the bundle marks nothing
    found[address] = {
      h,
      marks: input.text === null ? null : Array.from(marked.matchAll(/<mark data-md-highlight>(.*?)<\/mark>/g), match => unescapeHtml(match[1])),
    };
  }
  return found;
}

// `node search_highlight.js <site> --serve`: one input a line on stdin, its reading a line on
// stdout (real_pages.py keeps the script for the test process, as it keeps the search workers).
// A reading that carried anything from one address to the next would read another `h` or other
// marks for an input's first address read again after its last, which fails the input.
if (process.argv[3] !== "--serve") {
  process.stdout.write(JSON.stringify(read(JSON.parse(fs.readFileSync(0, "utf8")))));
} else {
  require("readline").createInterface({ input: process.stdin }).on("line", line => {
    const input = JSON.parse(line), found = read(input), first = input.addresses[0];
    if (first !== undefined && JSON.stringify(read({ ...input, addresses: [first] })[first]) !== JSON.stringify(found[first]))
      throw new Error(`the page read ${JSON.stringify(first)} otherwise after other addresses`);
    process.stdout.write(JSON.stringify(found) + "\n");
  });
}
