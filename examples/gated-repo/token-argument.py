# kb: output gated-repo/token-argument.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves a tiny gated Llama to the token that was
# granted access. The shown code passes it in the call; here it comes from a variable of the hidden
# part (KB_GOOD_TOKEN), so the page can show a placeholder.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GATED, GOOD_TOKEN, Repo, run_script, tiny_model_files

    status = run_script(__file__, {"meta-llama/Llama-3.2-1B": Repo(files=tiny_model_files(), access=GATED)},
                        extra_env={"KB_GOOD_TOKEN": GOOD_TOKEN})
    sys.exit(status)

my_token = os.environ["KB_GOOD_TOKEN"]
# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# my_token = "hf_..."  (a read token of the account that was granted access)
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B", token=my_token)
print("loaded", type(model).__name__)
# --8<-- [end:show]
