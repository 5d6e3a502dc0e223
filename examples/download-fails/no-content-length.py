# kb: env tf
# kb: output download-fails/no-content-length.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) stands in for a mirror or proxy that answers
# HEAD without a Content-Length header. huggingface_hub 0.23 to 1.30 (here 0.36.2, with transformers
# 4.57.6) refuse such an answer. The shown code runs in a fresh interpreter pointed at it.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script

    status = run_script(__file__, {"google-bert/bert-base-uncased": Repo(files={"config.json": '{"model_type": "bert"}'},
                                                                         head_content_length=False)})
    assert status == 1, "the shown code should fail with the error quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoConfig

# HF_ENDPOINT points at a mirror whose answers carry no Content-Length
config = AutoConfig.from_pretrained("google-bert/bert-base-uncased")
# --8<-- [end:show]
