# kb: output repo-not-found/model-name-none.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers 404 for the repo "None"; the shown code
# runs in a fresh interpreter pointed at it, without MODEL_PATH in its environment.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import run_script

    os.environ.pop("MODEL_PATH", None)
    status = run_script(__file__, {})
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
import os

from transformers import AutoModel

model_path = os.environ.get("MODEL_PATH")  # None: the variable is not set in this shell
model = AutoModel.from_pretrained(model_path)
# --8<-- [end:show]
