// Unit tests of overrides/assets/javascripts/kb-extract.js on the shared case file
// (kb/search/cases.jsonl), run by `node --test tests/js/` and from tests/test_search_extract.py,
// which passes the pages' signatures as a JSON file in KB_SIGNATURES.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const kb = require(path.join(ROOT, "overrides", "assets", "javascripts", "kb-extract.js"));
const cases = fs.readFileSync(process.env.KB_CASES || path.join(ROOT, "kb", "search", "cases.jsonl"), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const signatures = process.env.KB_SIGNATURES ? JSON.parse(fs.readFileSync(process.env.KB_SIGNATURES, "utf8")) : null;

for (const c of cases) {
  test(`extract: ${c.name}`, () => {
    const lines = kb.extract(c.text);
    assert.ok(lines.length > 0, "no line extracted");
    assert.ok(lines[0].includes(c.line), `first line ${JSON.stringify(lines[0])} lacks ${JSON.stringify(c.line)}`);
    const query = kb.queryOf(c.text);
    assert.ok(!/File "/.test(query), `frames left in the query: ${query}`);
  });
  test(`signature: ${c.name}`, { skip: !signatures && "KB_SIGNATURES not set" }, () => {
    const match = kb.matchSignatures(kb.extract(c.text), signatures);
    assert.strictEqual(match.length ? match[0][0] : null, c.page);
  });
}

test("a typed single line is returned as it is", () => {
  assert.deepStrictEqual(kb.extract("CUDA out of memory"), ["CUDA out of memory"]);
  assert.deepStrictEqual(kb.extract("It crashes with `KeyError: 'mistral'`"),
    ["It crashes with `KeyError: 'mistral'`", "KeyError: 'mistral'`"]);
  assert.strictEqual(kb.queryOf("  显存不足怎么办 "), "显存不足怎么办");
});

test("normalize sets aside quoted names, paths, numbers and sizes", () => {
  assert.strictEqual(
    kb.normalize("OSError: Can't load config for '/data/models/x'. Tried to allocate 20.00 MiB at line 12"),
    "oserror: can't load config for <q> . tried to allocate <n> at line <n>");
  assert.strictEqual(kb.normalize("No such file: C:\\Users\\张三\\model\\config.json"), "no such file: <path>");
});
