# kb: output gated-repo/invalid-token.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers like huggingface.co when the token sent
# is one it does not know (revoked, mistyped, copied from another Hub): 401 "Invalid credentials in
# Authorization header", on every repo, public ones included. HF_TOKEN holds such a token in the fresh
# interpreter that runs the shown code; the model is public.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    status = run_script(__file__, {"google-bert/bert-base-uncased": Repo(files=tiny_model_files("bert"))},
                        token="hf_revoked0000000000000000000000000000")
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

# HF_TOKEN is set to a token that was revoked (or mistyped): even a public model fails
model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
# --8<-- [end:show]
