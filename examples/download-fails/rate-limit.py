# kb: output download-fails/rate-limit.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers every file request with 429 and the
# Hub's RateLimit headers (no request left in the window, reset in 0 s), as huggingface.co does when an
# address has used up its quota. The shown code runs in a fresh interpreter pointed at it, no token.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    status = run_script(__file__, {"google-bert/bert-base-uncased": Repo(files=tiny_model_files("bert"), rate_limited=True)})
    assert status == 1, "the shown code should fail with the error quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

# many jobs behind one address, no token: the Hub's quota for this address is used up
model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
# --8<-- [end:show]
