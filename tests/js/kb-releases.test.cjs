// Unit tests of overrides/assets/javascripts/kb-releases.js under Node (node --test tests/js/),
// run by tests/test_releases.py. The data files are read from overrides/assets/releases/ the way
// the browser runs them: as scripts that call kbReleasesData(...).
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..", "..");
const DATA = path.join(ROOT, "overrides", "assets", "releases");
const api = require(path.join(ROOT, "overrides", "assets", "javascripts", "kb-releases.js"));
let bytesRead = 0;
api._load = (key) => {
  const file = path.join(DATA, key + ".js");
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, "utf8");
  bytesRead += Buffer.byteLength(text);
  vm.runInThisContext(text, { filename: file });
};

function cases() {
  const file = path.join(ROOT, "tests", "data", "releases-heldout.jsonl");
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

test("the hash that picks a shard is the one kb/releases/build.py uses", () => {
  // Values from kb.releases.build.shard_of.
  assert.strictEqual(api.shardOf("seen_tokens", 1000003), 569215);
  assert.strictEqual(api.shardOf("qwen3_5", 1000003), 611909);
  assert.strictEqual(api.shardOf("模型", 1000003), 308331);
});

test("recognises the four kinds of line", () => {
  assert.deepStrictEqual(api.recognise("ImportError: cannot import name 'SFTScriptArguments' from 'trl' (/x/trl/__init__.py)"),
    [{ kind: "m", word: "SFTScriptArguments", module: "trl" }]);
  assert.deepStrictEqual(api.recognise("AttributeError: 'DynamicCache' object has no attribute 'seen_tokens'"),
    [{ kind: "a", word: "seen_tokens", container: "DynamicCache" }]);
  assert.deepStrictEqual(api.recognise("TypeError: __init__() got an unexpected keyword argument 'evaluation_strategy'"),
    [{ kind: "k", container: null, word: "evaluation_strategy" }]);
  assert.deepStrictEqual(api.recognise("TypeError: TrainingArguments.__init__() got an unexpected keyword argument 'evaluation_strategy'"),
    [{ kind: "k", container: "TrainingArguments", word: "evaluation_strategy" }]);
  assert.deepStrictEqual(api.recognise("KeyError: 'mistral'"), [{ kind: "t", word: "mistral", strict: true }]);
  assert.deepStrictEqual(
    api.recognise("ValueError: The checkpoint you are trying to load has model type `qwen3_5` but Transformers does not recognize this architecture."),
    [{ kind: "t", word: "qwen3_5" }]);
  assert.deepStrictEqual(api.recognise("RuntimeError: CUDA out of memory."), []);
  assert.deepStrictEqual(api.recogniseTyped("DynamicCache.seen_tokens")[0], { kind: "a", container: "DynamicCache", word: "seen_tokens" });
  assert.deepStrictEqual(api.recogniseTyped("trl.SFTConfig")[0], { kind: "m", module: "trl", word: "SFTConfig" });
  assert.deepStrictEqual(api.recogniseTyped("model_type qwen3"), [{ kind: "t", word: "qwen3" }]);
});

test("pip line: ranges, yanked first releases, older releases not indexed", () => {
  const m = { package: "p", releases: ["1.0.0", "1.0.1", "1.1.0", "1.2.0", "2.0.0"], yanked: [2], older: true };
  assert.strictEqual(api.pipSpec(m, 1, 2), "p>=1.0.1,<1.2");
  assert.strictEqual(api.pipSpec(m, 0, 3), "p<2.0");        // the first indexed release: maybe older ones too
  assert.strictEqual(api.pipSpec(m, 3, 4), "p>=1.2");
  assert.strictEqual(api.pipSpec(m, 2, 2), "p==1.1.0");     // only a yanked release: pin it
  assert.strictEqual(api.pipSpec({ ...m, older: false }, 0, 1), "p>=1.0,<1.1");
});

test("held-out real error lines get the ranges computed from the wheels", async () => {
  for (const c of cases()) {
    const got = await api.lookup([c.line], { typed: !!c.typed });
    if (c.package === null) {
      assert.strictEqual(got, null, c.line);
      continue;
    }
    assert.ok(got, "no answer for: " + c.line);
    assert.strictEqual(got.package, c.package, c.line);
    assert.strictEqual(got.first, c.first, c.line);
    assert.strictEqual(got.last, c.last, c.line);
    if (c.ranges) assert.deepStrictEqual(got.ranges, c.ranges, c.line);
    if (c.pip) assert.strictEqual(got.pip, c.pip, c.line);
    for (const lang of ["en", "zh"]) assert.strictEqual(api.sentence(got, lang), c.text[lang], c.line);
  }
});

test("a lookup answers within 50 ms once its data is loaded", async () => {
  const lines = cases().map((c) => c.line);
  for (const l of lines) await api.lookup([l], {});  // load the data
  const start = process.hrtime.bigint();
  for (const l of lines) await api.lookup([l], {});
  const perLookup = Number(process.hrtime.bigint() - start) / 1e6 / lines.length;
  console.log(`lookup: ${perLookup.toFixed(2)} ms per line (data loaded), ${bytesRead} bytes of data read for ${lines.length} lines`);
  assert.ok(perLookup < 50, `${perLookup} ms per lookup`);
});
