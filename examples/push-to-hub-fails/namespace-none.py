# kb: output push-to-hub-fails/namespace-none.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers POST /api/repos/create like
# huggingface.co: 403 "You don't have the rights to create a model under the namespace …" for a read
# token, or for a namespace the token's account may not write to. HF_TOKEN holds a write token of the
# account "me" in the fresh interpreter that runs the shown code; a tiny model is built first.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import WRITE_TOKEN, run_script

    status = run_script(__file__, {}, token=WRITE_TOKEN)
    assert status == 1, "the shown code should fail with the error quoted on the page"
    sys.exit(0)

from transformers import BertConfig, BertModel

model = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=37))
# --8<-- [start:show]
# a write token, but the user name came from an unset variable: the repo id is "None/my-finetuned-bert"
username = os.environ.get("HF_USERNAME")
model.push_to_hub(f"{username}/my-finetuned-bert")
# --8<-- [end:show]
