# kb: raises Exception model-too-new/untagged-enum.txt
# Hidden set-up: a tokenizer.json whose model section uses a type this tokenizers release does not
# know, as a file written by a newer tokenizers can.
import json

tokenizer_json = {
    "version": "1.0", "truncation": None, "padding": None, "added_tokens": [], "normalizer": None,
    "pre_tokenizer": None, "post_processor": None, "decoder": None,
    "model": {"type": "FutureModel", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": [["a", "b"]]},
}
with open("tokenizer.json", "w") as f:
    json.dump(tokenizer_json, f)

# --8<-- [start:show]
from transformers import PreTrainedTokenizerFast

tokenizer = PreTrainedTokenizerFast(tokenizer_file="tokenizer.json")
# --8<-- [end:show]
