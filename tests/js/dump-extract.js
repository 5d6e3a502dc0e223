// Reads {"texts": [...], "signatures": {page: [...]}} as JSON on stdin; prints, for each text,
// {"lines", "query", "match"} from kb-extract.js (tests/test_search_extract.py compares them with
// kb/search/extract.py's).
"use strict";
const path = require("node:path");
const kb = require(path.resolve(__dirname, "..", "..", "overrides", "assets", "javascripts", "kb-extract.js"));
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => { input += d; });
process.stdin.on("end", () => {
  const { texts, signatures } = JSON.parse(input);
  const out = texts.map((t) => {
    const lines = kb.extract(t);
    return { lines, query: kb.queryOf(t), match: kb.matchSignatures(lines, signatures) };
  });
  process.stdout.write(JSON.stringify(out));
});
