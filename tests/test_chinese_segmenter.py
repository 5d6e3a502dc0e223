"""The Chinese search index holds exactly the words jieba cuts, though the build loads only the parts
of jieba's dictionary its pages need (overrides/hooks/chinese_segmenter.py)."""

import json
import marshal

import jieba
import pytest
from backrefs import bre

from conftest import ROOT, build_site

from kb.build import segmenter as chinese_segmenter

# A Han run as Material writes it into the index: the words jieba cut, joined by U+200B.
SEGMENTED_RUN = bre.compile(r"[\p{script: Han}\u200b]+", bre.UNICODE)


@pytest.fixture(scope="module")
def full_jieba():
    """A tokenizer with jieba's whole dictionary, loaded the usual way."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@pytest.fixture(scope="module")
def split_jieba():
    """A tokenizer with the split dictionary, as the build gets it (created first if missing)."""
    chinese_segmenter.install(jieba.Tokenizer())  # writes the split file on a machine that lacks it
    tokenizer = jieba.Tokenizer()
    assert chinese_segmenter.install(tokenizer), "the split dictionary was not used"
    return tokenizer


def index_runs(site) -> list[list[str]]:
    """Every segmented Han run of the Chinese pages in the built search index, as its list of words."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    runs = []
    for doc in index["docs"]:
        if doc["location"].startswith("zh/"):
            for field in (doc["title"], doc["text"]):
                runs += [[w for w in m.split("\u200b") if w] for m in SEGMENTED_RUN.findall(field)]
    return [r for r in runs if r]


def mismatches(runs: list[list[str]], tokenizer) -> list[str]:
    return [f"{''.join(words)}: index {'/'.join(words)} but jieba {'/'.join(cut)}"
            for words in runs if (cut := list(tokenizer.cut("".join(words)))) != words]


def test_the_index_holds_the_words_full_jieba_cuts_on_every_chinese_page(built_site, full_jieba):
    runs = index_runs(built_site)
    assert len(runs) > 500, f"only {len(runs)} Chinese runs in the index"
    assert mismatches(runs, full_jieba) == []


def test_the_split_dictionary_cuts_like_the_whole_one(built_site, full_jieba, split_jieba):
    texts = ["".join(words) for words in index_runs(built_site)]
    texts += [q["query"] for path in sorted((ROOT / "tests" / "search_cases").glob("*.jsonl"))
              for q in map(json.loads, path.open(encoding="utf-8")) if q.get("lang") == "zh"]
    assert [list(split_jieba.cut(t)) for t in texts] == [list(full_jieba.cut(t)) for t in texts]


def test_the_comparison_catches_a_missing_part_of_the_dictionary(full_jieba, split_jieba):
    """Feeds a split dictionary that lacks the words starting with 分: 分词器 (tokenizer) falls apart."""
    with open(chinese_segmenter.cache_path(chinese_segmenter.DICTIONARY), "rb") as cached:
        total, shards = marshal.load(cached)
    del shards["分"]
    broken = jieba.Tokenizer()
    broken.FREQ, broken.total, broken.initialized = chinese_segmenter.ShardedFreq(shards), total, True
    words = list(full_jieba.cut("分词器"))
    assert mismatches([words], split_jieba) == []
    assert mismatches([words], broken) != []


def test_the_chinese_build_does_not_load_the_whole_dictionary(split_jieba, tmp_path):
    # split_jieba made sure the split file exists, as any build after the first has it
    result = build_site(tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Building prefix dict" not in result.stderr, "jieba loaded its whole dictionary"


def test_a_temp_folder_that_cannot_be_written_only_costs_time(monkeypatch, tmp_path):
    """No split file and none can be written: jieba loads its whole dictionary and the cut still works."""
    monkeypatch.setattr(chinese_segmenter, "cache_path", lambda dictionary: tmp_path / "missing" / "split.marshal")
    tokenizer = jieba.Tokenizer()
    assert chinese_segmenter.install(tokenizer) is False
    assert tokenizer.initialized and list(tokenizer.cut("显存不足")) == ["显存", "不足"]
