// Zensical's own search worker, run in Node on a built site's index (search.json): what a
// voter's search lists under Zensical, without a browser. `node zensical_search_worker.js
// <site> < queries.json` prints, for each query, the location of each result of the first
// page of results (ten), in the order the search shows them. The worker is asked as Zensical's
// bundle asks it: a setup message with the index, then a query message with the bundle's empty
// tag filter. Each query gets a worker, an index and a filter of its own: the worker changes what
// it is given as it searches, and `hemlöshet` asked after `hemlös` listed nothing.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
const workers = path.join(site, "assets", "javascripts", "workers");
const script = fs.readFileSync(path.join(workers, fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name))), "utf8");
const NO_FILTER = JSON.stringify({
  input: { type: "operator", data: { operator: "and", operands: [] } },
  aggregation: { input: [{ type: "term", data: { field: "tags" } }] },
});

function worker() {
  let reply;
  const context = { console, setTimeout, clearTimeout, Promise, Intl };
  context.self = context;
  context.postMessage = message => reply(message);
  vm.createContext(context);
  vm.runInContext(script, context);
  return data => new Promise(resolve => { reply = resolve; context.onmessage({ data }); });
}

(async () => {
  const queries = JSON.parse(fs.readFileSync(0, "utf8"));
  const text = fs.readFileSync(path.join(site, "search.json"), "utf8");
  const results = {};
  for (const query of queries) {
    const ask = worker(), index = JSON.parse(text);
    if ((await ask({ type: 0, data: index })).type !== 1) throw new Error("Zensical's search worker refused the index");  // SETUP
    const answer = await ask({ type: 2, data: { input: query, filter: JSON.parse(NO_FILTER) } });  // QUERY
    if (answer.type !== 3) throw new Error(`Zensical's search worker failed on ${JSON.stringify(query)}`);
    results[query] = answer.data.items.map(result => index.items[result.id].location);
  }
  process.stdout.write(JSON.stringify(results));
})();
