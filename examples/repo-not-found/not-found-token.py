# kb: output repo-not-found/not-found-token.txt
# Hidden: a fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers a request with a valid token for a repo it
# does not hold with 404 RepoNotFound, as huggingface.co does (HF_TOKEN is set). The shown code runs in a fresh interpreter (HF_ENDPOINT is read
# at import time) in an empty working directory, so the relative path below names no folder.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GOOD_TOKEN, run_script

    status = run_script(__file__, {}, token=GOOD_TOKEN)
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# peft is in the test environment (for the peft-adapter page). With peft installed, AutoModel first
# asks for adapter_config.json, and the 404 names that file instead of config.json; this run shows
# the common case of an environment without peft.
sys.modules["peft"] = None

# --8<-- [start:show]
from transformers import AutoModel

# logged in (HF_TOKEN is set); meant: the folder ./models/bert-base-chinese, run from another directory
model = AutoModel.from_pretrained("models/bert-base-chinese")
# --8<-- [end:show]
