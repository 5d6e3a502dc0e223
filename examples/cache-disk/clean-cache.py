# kb: output cache-disk/clean-cache.txt
# Hidden: a cache folder with two tiny models in it (stand-ins for downloaded ones), named by
# HF_HUB_CACHE in a fresh interpreter, so the listing shows only them.
import os
import subprocess
import sys
import tempfile
from pathlib import Path

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    from transformers import BertConfig, BertModel

    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "hub"
        for repo, layers in (("google-bert/bert-base-uncased", 1), ("Qwen/Qwen2.5-7B-Instruct", 4)):
            entry = cache / ("models--" + repo.replace("/", "--"))
            commit = str(layers) * 40
            BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=layers, num_attention_heads=2,
                                 intermediate_size=37)).save_pretrained(entry / "snapshots" / commit)
            (entry / "refs").mkdir()
            (entry / "refs" / "main").write_text(commit)
        env = {k: v for k, v in os.environ.items() if k not in ("HUGGINGFACE_HUB_CACHE",)}
        env.update(KB_FRESH_INTERPRETER="1", HF_HUB_CACHE=str(cache))
        status = subprocess.run([sys.executable, __file__], env=env).returncode
        assert not (cache / "models--Qwen--Qwen2.5-7B-Instruct").exists(), "the repo should be gone"
    sys.exit(status)

# --8<-- [start:show]
from huggingface_hub import scan_cache_dir

cache = scan_cache_dir()
for repo in sorted(cache.repos, key=lambda r: r.size_on_disk, reverse=True):
    print(repo.repo_id, repo.size_on_disk_str)

# delete every cached revision of one model
hashes = [rev.commit_hash for repo in cache.repos if repo.repo_id == "Qwen/Qwen2.5-7B-Instruct"
          for rev in repo.revisions]
strategy = cache.delete_revisions(*hashes)
print("will free", strategy.expected_freed_size_str)
strategy.execute()
# --8<-- [end:show]
