# kb: raises ValueError import-error/tokenizer-backend.txt
# kb: output import-error/tokenizer-backend-warning.txt
# Hidden set-up: a tokenizer folder with only a SentencePiece file (tokenizer.model) and no
# tokenizer.json, in an environment without sentencepiece, protobuf and tiktoken. The file's content
# does not matter: the library stops before reading it.
import json
import os

os.makedirs("llama-tokenizer", exist_ok=True)
with open("llama-tokenizer/tokenizer.model", "wb") as f:
    f.write(b"stand-in for a SentencePiece model")
with open("llama-tokenizer/tokenizer_config.json", "w") as f:
    json.dump({"tokenizer_class": "LlamaTokenizer"}, f)

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("llama-tokenizer")
# --8<-- [end:show]
