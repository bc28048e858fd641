// Material's own search worker, run in Node on a built site's index: what a voter's search
// lists, without a browser. `node search_worker.js <site> < queries.json` prints, for each
// query, the location of the first entry of each result, in the order the search shows them.
// The worker is loaded as the browser loads it (importScripts for the language files) and
// asked as the theme asks it, through the page's script that stands between them: a setup
// message with the index, then one query message each.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
const workers = path.join(site, "assets", "javascripts", "workers");
const script = fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name));
let listener, reply;
const context = { console, setTimeout, clearTimeout, Promise };
context.self = context;
context.addEventListener = (type, handler) => { listener = handler; };
context.postMessage = message => reply(message);
context.importScripts = (...urls) => {
  for (const url of urls) vm.runInContext(fs.readFileSync(path.join(workers, url), "utf8"), context);
};
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(workers, script), "utf8"), context);
// The worker as the page reaches it: through vlv-search-on-demand.js, which starts it and hands
// it the bundle's messages (a query's lunr operators that mean nothing, such as a hyphen or a
// colon at a word's end, are asked as the words typed).
const onDemand = { Promise, URL, URLSearchParams, location: { href: "http://localhost/", search: "" } };
onDemand.window = onDemand;
onDemand.XMLHttpRequest = function () {};
onDemand.document = {
  getElementById: () => ({ textContent: JSON.stringify({ base: ".", search: `assets/javascripts/workers/${script}` }) }),
  addEventListener() {},
};
onDemand.Worker = function () { this.postMessage = data => listener({ data }); };
vm.createContext(onDemand);
vm.runInContext(fs.readFileSync(path.join(site, "assets", "javascripts", "vlv-search-on-demand.js"), "utf8"), onDemand);
const worker = new onDemand.Worker(`assets/javascripts/workers/${script}`);
const ask = data => new Promise(resolve => { reply = resolve; worker.postMessage(data); });

(async () => {
  const queries = JSON.parse(fs.readFileSync(0, "utf8"));
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"));
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });  // SETUP
  const results = {};
  for (const query of queries) {
    const answer = await ask({ type: 2, data: query });  // QUERY
    results[query] = answer.data.items.map(group => group[0].location);
  }
  process.stdout.write(JSON.stringify(results));
})();
