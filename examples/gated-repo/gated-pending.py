# kb: output gated-repo/gated-pending.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers like huggingface.co for a gated model
# when the account asked for access and the authors have not reviewed the request yet: 403 with
# X-Error-Code: GatedRepo. The shown code runs in a fresh interpreter with HF_ENDPOINT pointing at it.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GATED, PENDING_TOKEN, Repo, run_script, tiny_model_files

    status = run_script(__file__, {"meta-llama/Llama-3.2-1B": Repo(files=tiny_model_files(), access=GATED)},
                        token=PENDING_TOKEN)
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# HF_TOKEN holds a valid token; this account asked for access, the authors have not answered yet
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B")
# --8<-- [end:show]
