// Material's own search worker, run in Node on a built site's index: what a voter's search
// lists, without a browser. `node search_worker.js <site> < queries.json` prints, for each
// query, the location of the first entry of each result, in the order the search shows them.
// The worker is loaded as the browser loads it: the script at the address the page starts it
// at, each script it imports (the theme's bundle, its language files) from its own address;
// and asked as the theme asks it, through the page's script that stands between them: a setup
// message with the index, then one query message each.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
const workers = path.join(site, "assets", "javascripts", "workers");
const script = fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name));
const ORIGIN = "http://localhost/";
const read = address => fs.readFileSync(path.join(site, decodeURIComponent(new URL(address).pathname)), "utf8");
let listener, reply, invalid = null;

// The worker's console: a query lunr threw at, which the worker answers with no result after
// warning "Invalid query: …" and the error, fails the run, as no query a voter types may do.
const workersConsole = Object.assign(Object.create(console), {
  warn(...said) {
    if (invalid === null && /^Invalid query/.test(String(said[0]))) invalid = String(said[0]);
    else if (invalid !== null && said[0] && said[0].message) invalid += ` (${said[0].name}: ${said[0].message})`;  // lunr's error, of the worker's realm
    else console.warn(...said);
  },
});

// A worker started at `url` (an address on ORIGIN), in a context of its own.
function started(url) {
  const context = { console: workersConsole, setTimeout, clearTimeout, Promise, URL, location: new URL(url) };
  context.self = context;
  context.addEventListener = (type, handler) => { listener = handler; };
  context.postMessage = message => reply(message);
  context.importScripts = (...urls) => {
    for (const each of urls) vm.runInContext(read(new URL(each, url)), context);
  };
  vm.createContext(context);
  vm.runInContext(read(url), context);
}

// The worker as the page reaches it: through vlv-search-on-demand.js, which starts it (through
// the script the home page's tag names, data-vlv-search-worker) and hands it the bundle's
// messages (a query's lunr operators that mean nothing, such as a hyphen or a colon at a word's
// end, are asked as the words typed).
const home = fs.readFileSync(path.join(site, "index.html"), "utf8");
const named = /<script src="[^"]*vlv-search-on-demand\.js[^"]*"([^>]*)>/.exec(home);
const attribute = name => {
  const found = named && new RegExp(` ${name}="([^"]*)"`).exec(named[1]);
  return found ? found[1].replace(/&amp;/g, "&") : null;
};
const onDemand = { Promise, URL, URLSearchParams, location: { href: ORIGIN, search: "" } };
onDemand.window = onDemand;
onDemand.XMLHttpRequest = function () {};
onDemand.document = {
  getElementById: () => ({ textContent: JSON.stringify({ base: ".", search: `assets/javascripts/workers/${script}` }) }),
  currentScript: { getAttribute: attribute },
  addEventListener() {},
};
onDemand.Worker = function (url) {
  started(new URL(url, ORIGIN).href);
  this.postMessage = data => listener({ data });
};
vm.createContext(onDemand);
vm.runInContext(fs.readFileSync(path.join(site, "assets", "javascripts", "vlv-search-on-demand.js"), "utf8"), onDemand);
// `--unread` after the site: the queries are asked of the site's worker as the bundle gives them,
// without the page's script, which reads most queries lunr's parser would throw at so that it
// does not: what the worker answers where a query still reaches lunr unread.
const unread = process.argv.includes("--unread");
const worker = unread ? {} : new onDemand.Worker(`assets/javascripts/workers/${script}`);
if (unread) {
  const address = new URL(attribute("data-vlv-search-worker"), ORIGIN);
  address.searchParams.set("bundle", script);
  started(address.href);
  worker.postMessage = data => listener({ data });
}
const ask = data => new Promise(resolve => { reply = resolve; worker.postMessage(data); });

// `node search_worker.js <site> --serve`: one JSON list of queries a line on stdin, the results
// of each list a line on stdout, all of them asked of one worker with one index (real_pages.py
// keeps it for the test process: the setup indexes the whole site). A worker that carried
// anything from one query to the next would list other results for a list's first query asked
// again after its last, which fails the list.
const serving = process.argv.includes("--serve");

(async () => {
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"));
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });  // SETUP
  const search = async query => {
    const answer = await ask({ type: 2, data: query });  // QUERY
    if (invalid !== null) throw new Error(`Material's search worker threw at ${JSON.stringify(query)}: ${invalid}`);
    return answer.data.items.map(group => group[0].location);
  };
  const answer = async queries => {
    const results = {};
    for (const query of queries) results[query] = await search(query);
    if (serving && queries.length && JSON.stringify(await search(queries[0])) !== JSON.stringify(results[queries[0]]))
      throw new Error(`Material's search worker listed other results for ${JSON.stringify(queries[0])} after other queries`);
    return results;
  };
  if (!serving) return process.stdout.write(JSON.stringify(await answer(JSON.parse(fs.readFileSync(0, "utf8")))));
  for await (const line of require("readline").createInterface({ input: process.stdin }))
    process.stdout.write(JSON.stringify(await answer(JSON.parse(line))) + "\n");
})();
