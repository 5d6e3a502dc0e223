# kb: output torch-too-old/old-torch-disabled.txt
# Hidden: reproduce a machine whose installed torch reports version 2.5.1. A fresh interpreter gets a
# folder first on its path that holds only the metadata of a "torch 2.5.1" distribution (no code), so
# Transformers' own version check reads 2.5.1 and switches PyTorch off; its log and traceback are the
# output checked. Nothing in Transformers is patched.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    meta = os.path.join(os.getcwd(), "old-torch-metadata", "torch-2.5.1.dist-info")
    os.makedirs(meta)
    with open(os.path.join(meta, "METADATA"), "w") as f:
        f.write("Metadata-Version: 2.1\nName: torch\nVersion: 2.5.1\n")
    env = dict(os.environ, KB_FRESH_INTERPRETER="1", PYTHONPATH=os.path.dirname(meta))
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "Transformers should refuse a torch older than 2.6"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")  # torch 2.5.1 installed
# --8<-- [end:show]
