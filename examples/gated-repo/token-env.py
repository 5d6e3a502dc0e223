# kb: output gated-repo/token-env.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves a tiny gated Llama to the token that
# was granted access; HF_TOKEN holds that token in the fresh interpreter that runs the shown code,
# as after `export HF_TOKEN=hf_...` in the shell.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GATED, GOOD_TOKEN, Repo, run_script, tiny_model_files

    status = run_script(__file__, {"meta-llama/Llama-3.2-1B": Repo(files=tiny_model_files(), access=GATED)},
                        token=GOOD_TOKEN)
    sys.exit(status)

# --8<-- [start:show]
from huggingface_hub import get_token
from transformers import AutoModelForCausalLM

print("token found:", get_token() is not None)  # HF_TOKEN, else the token saved by `hf auth login`
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B")
print("loaded", type(model).__name__)
# --8<-- [end:show]
