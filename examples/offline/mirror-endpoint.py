# kb: output offline/mirror-endpoint.txt
# Hidden: HF_ENDPOINT is read when huggingface_hub is imported, which the test process did long
# ago; run the shown code in a fresh interpreter. HF_HUB_OFFLINE=1 stays set, so nothing goes out
# to the network and the empty cache makes the call fail at once, naming the endpoint it used.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    proc = subprocess.run([sys.executable, __file__], env=env)  # its traceback is the output checked
    assert proc.returncode == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
import os

os.environ["HF_ENDPOINT"] = "https://hf-mirror.com"  # before importing transformers

from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
# --8<-- [end:show]
