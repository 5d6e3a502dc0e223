# kb: output gated-repo/fine-grained-token.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers like huggingface.co when a fine-grained
# token without the permission for public gated repos asks for a gated model's file: 403 with only
# an X-Error-Message. HF_TOKEN holds such a token in the fresh interpreter that runs the shown code.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import FINE_GRAINED_TOKEN, GATED, Repo, run_script, tiny_model_files

    status = run_script(__file__, {"meta-llama/Llama-3.2-1B": Repo(files=tiny_model_files(), access=GATED)},
                        token=FINE_GRAINED_TOKEN)
    assert status == 1, "the shown code should fail with the OSError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# HF_TOKEN is set to a fine-grained token that may not read public gated repos
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B")
# --8<-- [end:show]
