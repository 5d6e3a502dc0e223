# kb: output no-weights-file/download-again.txt
# Hidden: ./my-model is an interrupted download (config.json, the index and one of the two shards),
# and a fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves the complete tiny model under the repo id.
# HF_ENDPOINT is read at import time, so the shown code runs in a fresh interpreter pointed at it.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    import tempfile
    from pathlib import Path

    from kb.testing.fakehub import Repo, run_script
    from transformers import BertConfig, BertModel

    with tempfile.TemporaryDirectory() as tmp:
        BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                             intermediate_size=37)).save_pretrained(tmp, max_shard_size="60KB")
        files = {p.name: p.read_bytes() for p in Path(tmp).iterdir()}
    shards = sorted(n for n in files if n.startswith("model-"))
    assert len(shards) >= 2, shards
    Path("my-model").mkdir()
    for name in ["config.json", "model.safetensors.index.json", shards[0]]:
        Path("my-model", name).write_bytes(files[name])
    sys.exit(run_script(__file__, {"org/my-model": Repo(files=files)}))

# --8<-- [start:show]
from huggingface_hub import snapshot_download
from transformers import AutoModel

# fetches the files that are missing or incomplete in the folder
path = snapshot_download("org/my-model", local_dir="my-model")
model = AutoModel.from_pretrained(path)
print("loaded", type(model).__name__)
# --8<-- [end:show]
