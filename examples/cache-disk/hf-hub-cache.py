# kb: output cache-disk/hf-hub-cache.txt
# Hidden: the same old cache folder as in transformers-cache-ignored.py, now named by HF_HUB_CACHE
# (the fix) in a fresh interpreter, offline. The model loads from it without a download.
import os
import subprocess
import sys
import tempfile
from pathlib import Path

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    from transformers import BertConfig, BertModel

    with tempfile.TemporaryDirectory() as tmp:
        old_cache = Path(tmp) / "old-cache"
        entry = old_cache / "models--google-bert--bert-base-uncased"
        commit = "0" * 40
        BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=37)).save_pretrained(entry / "snapshots" / commit)
        (entry / "refs").mkdir()
        (entry / "refs" / "main").write_text(commit)
        env = {k: v for k, v in os.environ.items() if k not in ("TRANSFORMERS_CACHE", "HUGGINGFACE_HUB_CACHE")}
        env.update(KB_FRESH_INTERPRETER="1", HF_HUB_OFFLINE="1", HF_HUB_CACHE=str(old_cache),
                   HF_HOME=str(Path(tmp) / "home"))
        sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)

# --8<-- [start:show]
import os

print(os.environ["HF_HUB_CACHE"])  # the folder that holds models--google-bert--bert-base-uncased

from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
print(type(model).__name__)
# --8<-- [end:show]
