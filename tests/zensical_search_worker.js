// Zensical's own search worker, run in Node on a built site's index (search.json): what a
// voter's search lists under Zensical, without a browser. `node zensical_search_worker.js
// <site> < queries.json` prints, for each query, the location of each result of the first
// page of results (ten), in the order the search shows them. The worker is asked as Zensical's
// bundle asks it: a setup message with the index, then one query message each with the bundle's
// empty tag filter. One worker and one index serve every query, as in a voter's browser, where
// each letter typed is a query to the same worker. Each query gets a filter of its own: the
// worker changes the filter it is given as it searches, and a query asked with the filter of the
// one before (`hemlöshet` after `hemlös`) listed 4 results where it lists 9. A worker and an index
// for each query, as before, cost 0.1-0.15 s of processor time each (the setup indexes the whole
// site), 55 s for the 395 queries of tests/test_search_results.py, and listed the same results for
// every one of them. The first query is asked again after the last: a worker that carried
// anything else from one query to the next would list other results for it, and fails the run.
// So does an answer whose tags' counts, which the dialog lists, name a tag no section has.
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
  // The worker as the page reaches it: through vlv-search-on-demand.js, which starts it and hands
  // it the bundle's messages (a word typed with a hyphen before it is asked as one to leave out),
  // each copied as a browser copies a message to a worker.
  const onDemand = { Promise, URL, URLSearchParams, RegExp, Object, location: { href: "http://localhost/", search: "" } };
  onDemand.window = onDemand;
  onDemand.XMLHttpRequest = function () {};
  onDemand.document = {
    getElementById: () => ({ textContent: JSON.stringify({ base: ".", search: "assets/javascripts/workers/search.js" }) }),
    addEventListener() {},
  };
  // Its answers reach the page's listeners (the script's, then the bundle's) as a browser's do,
  // one message read by each in turn, and then this run.
  onDemand.Worker = function () {
    const listeners = [];
    this.addEventListener = (type, listener) => { if (type === "message") listeners.push(listener); };
    this.postMessage = data => context.onmessage({ data: structuredClone(data) });
    context.postMessage = message => {
      const event = { data: structuredClone(message) };
      listeners.forEach(listener => listener(event));
      reply(event.data);
    };
  };
  vm.createContext(onDemand);
  vm.runInContext(fs.readFileSync(path.join(site, "assets", "javascripts", "vlv-search-on-demand.js"), "utf8"), onDemand);
  const page = new onDemand.Worker("assets/javascripts/workers/search.js");
  return data => new Promise(resolve => { reply = resolve; page.postMessage(data); });
}

// `--serve` after the site: one JSON list of queries a line on stdin, the results of each list
// a line on stdout, all asked of one worker and index (kept by real_pages.py for the test
// process), each list's first query asked again after its last as above.
const serving = process.argv[3] === "--serve";

(async () => {
  const text = fs.readFileSync(path.join(site, "search.json"), "utf8");
  const ask = worker(), index = JSON.parse(text);
  const tags = new Set(index.items.flatMap(item => item.tags || []));
  if ((await ask({ type: 0, data: index })).type !== 1) throw new Error("Zensical's search worker refused the index");  // SETUP
  const search = async query => {
    const answer = await ask({ type: 2, data: { input: query, filter: JSON.parse(NO_FILTER) } });  // QUERY
    if (answer.type !== 3) throw new Error(`Zensical's search worker failed on ${JSON.stringify(query)}`);
    // The dialog lists the tags the answer counts, each a tag of the index's sections.
    for (const counted of answer.data.aggregations || [])
      for (const term of counted.data.value)
        if (!tags.has(term.node.value)) throw new Error(`Zensical's search dialog listed the tag ${JSON.stringify(term.node.value)}, no section's, for ${JSON.stringify(query)}`);
    return answer.data.items.map(result => index.items[result.id].location);
  };
  const answer = async queries => {
    const results = {};
    for (const query of queries) results[query] = await search(query);
    if (queries.length > 1 || serving && queries.length) {
      const again = await search(queries[0]);
      if (JSON.stringify(again) !== JSON.stringify(results[queries[0]]))
        throw new Error(`Zensical's search worker listed other results for ${JSON.stringify(queries[0])} after the other queries`);
    }
    return results;
  };
  if (!serving) return process.stdout.write(JSON.stringify(await answer(JSON.parse(fs.readFileSync(0, "utf8")))));
  for await (const line of require("readline").createInterface({ input: process.stdin }))
    process.stdout.write(JSON.stringify(await answer(JSON.parse(line))) + "\n");
})();
