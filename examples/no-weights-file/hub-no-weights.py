# kb: output no-weights-file/hub-no-weights.txt
# Hidden: a fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves a repo that has config.json but no weights
# file that transformers 5 reads (as a repo with only tf_model.h5 next to config.json looks to it).
# HF_ENDPOINT is read at import time, so the shown code runs in a fresh interpreter pointed at it.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    files = tiny_model_files("bert")
    status = run_script(__file__, {"org/my-model": Repo(files={"config.json": files["config.json"], "tf_model.h5": b""})})
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("org/my-model")  # the repo has config.json but no weights
# --8<-- [end:show]
