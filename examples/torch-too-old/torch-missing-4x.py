# kb: env tf
# kb: output torch-too-old/torch-missing-4x.txt
# Hidden: the same environment without PyTorch on transformers 4.57.6 (the TensorFlow environment
# has no torch). TensorFlow is made unimportable too, so that the message is the plain one a
# PyTorch-only user sees rather than the "use TF classes instead" variant.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "model classes should fail without PyTorch"
    sys.exit(0)

sys.modules["torch"] = None
sys.modules["tensorflow"] = None

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")  # no PyTorch installed
# --8<-- [end:show]
