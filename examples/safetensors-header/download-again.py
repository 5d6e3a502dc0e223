# kb: output safetensors-header/download-again.txt
# Hidden: ./bert-base-chinese holds a tiny BERT whose model.safetensors is a Git LFS pointer, and a
# fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves the real files of that tiny model under the repo id.
# HF_ENDPOINT is read at import time, so the shown code runs in a fresh interpreter pointed at it.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from pathlib import Path

    from kb.testing.fakehub import Repo, lfs_pointer, run_script, tiny_model_files

    files = tiny_model_files("bert")
    Path("bert-base-chinese").mkdir()
    for name, data in files.items():
        Path("bert-base-chinese", name).write_bytes(data)
    Path("bert-base-chinese/model.safetensors").write_text(lfs_pointer(files["model.safetensors"]))
    sys.exit(run_script(__file__, {"google-bert/bert-base-chinese": Repo(files=files)}))

# --8<-- [start:show]
from huggingface_hub import snapshot_download
from transformers import AutoModel

# downloads every file of the repo into the folder, replacing the pointer file
path = snapshot_download("google-bert/bert-base-chinese", local_dir="bert-base-chinese")
model = AutoModel.from_pretrained(path)
print("loaded", type(model).__name__)
# --8<-- [end:show]
