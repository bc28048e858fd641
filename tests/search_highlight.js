// The words a search result's page marks: a result links to its page with them in `?h=`, and
// the theme marks them once the page's own script has read the address (vlv-search-on-demand.js
// runs before the theme's bundle). `node search_highlight.js <site> < addresses.json` prints,
// for each address, the `h` the bundle then reads (null where there is none), both engines'
// pages loading the same script.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
const script = fs.readFileSync(path.join(site, "assets", "javascripts", "vlv-search-on-demand.js"), "utf8");
const read = {};
for (const address of JSON.parse(fs.readFileSync(0, "utf8"))) {
  const page = { Promise, URL, URLSearchParams, RegExp, Object, location: new URL(address) };
  page.window = page;
  page.history = { state: null, replaceState(state, title, url) { page.location = new URL(url, page.location.href); } };
  page.XMLHttpRequest = function () {};
  page.XMLHttpRequest.prototype = { open() {}, send() {} };
  page.document = {
    getElementById: () => ({ textContent: JSON.stringify({ base: "..", search: "assets/javascripts/workers/search.js" }) }),
    addEventListener() {}, removeEventListener() {}, dispatchEvent() {},
  };
  page.Event = function () {};
  vm.createContext(page);
  vm.runInContext(script, page);
  read[address] = new URL(page.location.href).searchParams.get("h");
}
process.stdout.write(JSON.stringify(read));
