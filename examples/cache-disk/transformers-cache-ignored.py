# kb: output cache-disk/transformers-cache-ignored.txt
# Hidden: a cache filled by transformers 4.x lives in the folder TRANSFORMERS_CACHE names (a tiny
# BERT stands in for the downloaded model). HF_HOME is another, empty folder and offline mode is
# on, as on a machine without access to the Hub. The shown code runs in a fresh interpreter with
# that environment, like a reader's script after upgrading to transformers 5.
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
        env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE")}
        env.update(KB_FRESH_INTERPRETER="1", HF_HUB_OFFLINE="1", TRANSFORMERS_CACHE=str(old_cache),
                   HF_HOME=str(Path(tmp) / "home"))
        status = subprocess.run([sys.executable, __file__], env=env).returncode
    assert status == 1, "transformers 5 should not find the model in TRANSFORMERS_CACHE"
    sys.exit(0)

# --8<-- [start:show]
# TRANSFORMERS_CACHE points at the cache that transformers 4.x filled; HF_HUB_OFFLINE=1
from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
# --8<-- [end:show]
