# kb: output tokenizer-files-missing/silent-tiny.txt
# Hidden set-up: a T5 model folder whose download stopped before the tokenizer files: config.json and
# tokenizer_config.json are there, spiece.model and tokenizer.json are not. Nothing is downloaded.
import json
import os

os.makedirs("t5-small")
json.dump({"model_type": "t5", "vocab_size": 32128}, open("t5-small/config.json", "w"))
json.dump({"tokenizer_class": "T5Tokenizer", "model_max_length": 512}, open("t5-small/tokenizer_config.json", "w"))

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("t5-small")  # no error, no warning
print(type(tokenizer).__name__, len(tokenizer))
print(tokenizer.convert_ids_to_tokens(tokenizer("Hello world").input_ids))
# --8<-- [end:show]
