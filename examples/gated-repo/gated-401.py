# kb: output gated-repo/gated-401.txt
# Hidden: a fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers for this repo the way huggingface.co
# answers for a gated model when no token is sent: 401 with X-Error-Code: GatedRepo. HF_ENDPOINT is
# read at import time, so the shown code runs in a fresh interpreter pointed at it, with no token.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GATED, Repo, run_script, tiny_model_files

    status = run_script(__file__, {"meta-llama/Llama-3.2-1B": Repo(files=tiny_model_files(), access=GATED)})
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B")
# --8<-- [end:show]
