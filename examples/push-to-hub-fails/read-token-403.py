# kb: output push-to-hub-fails/read-token-403.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) answers POST /api/repos/create like
# huggingface.co: 403 "You don't have the rights to create a model under the namespace …" for a read
# token, or for a namespace the token's account may not write to. HF_TOKEN holds a read token of the
# account "me" in the fresh interpreter that runs the shown code; a tiny model is built first.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import GOOD_TOKEN, run_script

    status = run_script(__file__, {}, token=GOOD_TOKEN)  # GOOD_TOKEN: a read token
    assert status == 1, "the shown code should fail with the error quoted on the page"
    sys.exit(0)

from transformers import BertConfig, BertModel

model = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=37))
# --8<-- [start:show]
# HF_TOKEN (or the saved login) is a *read* token of the account "me"
model.push_to_hub("me/my-finetuned-bert")
# --8<-- [end:show]
