// What a party office's editor marks in a plan or registry file: the YAML language server
// (the npm package `yaml-language-server`, which VS Code's and github.dev's YAML extension
// runs) checking a text against the project's JSON Schemas, as it does while one types.
//
// One request per line on standard input, as JSON: {"path": "plans/x.yaml", "text": "…"}, the
// path relative to the repository given as the first argument. The answer, one line of JSON
// per request: the editor's marks, each {"line", "column" (both from 1), "message"}. With
// "at" (an offset in the text), the answer is instead what the editor suggests there as one
// types: the suggestions' labels; with "inserts": true as well, each as [label, the text the
// editor writes when one picks it].
//
// The document is placed at that path in the repository, so the schema named on its first
// line (`# yaml-language-server: $schema=../docs/schema/plan.schema.json`) is found as an
// editor finds it; a file without that line gets its schema by its folder and name, as the
// repository's editor settings would give it.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const { pathToFileURL } = require("url");
const { getLanguageService } = require("yaml-language-server");
const { TextDocument } = require("vscode-languageserver-textdocument");

const repo = path.resolve(process.argv[2]);
const schema = (name) => pathToFileURL(path.join(repo, "docs", "schema", `${name}.schema.json`)).toString();

const service = getLanguageService({
  schemaRequestService: async (uri) => fs.promises.readFile(new URL(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
service.configure({
  validate: true,
  completion: true,
  yamlVersion: "1.2",
  schemas: [
    { uri: schema("plan"), fileMatch: ["**/plans/*.yaml"] },
    ...["actors", "topics", "municipalities", "terms"].map((name) => ({
      uri: schema(name), fileMatch: [`**/registry/${name}.yaml`],
    })),
  ],
});

let version = 0;
const lines = readline.createInterface({ input: process.stdin, terminal: false });
// One request at a time, in order: each answer is written before the next request is read.
(async () => {
  for await (const line of lines) {
    const request = JSON.parse(line);
    const uri = pathToFileURL(path.join(repo, request.path)).toString();
    const document = TextDocument.create(uri, "yaml", ++version, request.text);
    if (request.at !== undefined) {
      const list = await service.doComplete(document, document.positionAt(request.at), false);
      const answer = request.inserts ? (item) => [item.label, item.insertText ?? item.label] : (item) => item.label;
      process.stdout.write(JSON.stringify(list.items.map(answer)) + "\n");
      continue;
    }
    const marks = await service.doValidation(document, false);
    process.stdout.write(JSON.stringify(marks.map((mark) => ({
      line: mark.range.start.line + 1,
      column: mark.range.start.character + 1,
      message: mark.message,
    }))) + "\n");
  }
})();
