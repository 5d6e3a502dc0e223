# kb: output torch-too-old/torch-missing.txt
# Hidden: reproduce an environment without PyTorch. In a fresh interpreter, `torch` is made
# unimportable before Transformers looks for it (as if it had never been installed); the log and the
# traceback are the output checked.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "model classes should fail without PyTorch"
    sys.exit(0)

sys.modules["torch"] = None  # as if `pip install torch` had never run

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")  # no PyTorch installed
# --8<-- [end:show]
