# kb: env tf
# kb: output tokenizer-class-missing/known-class-4x.txt
# Hidden: ./llama-converted names "LLaMATokenizer", a spelling no transformers release has (the class
# is LlamaTokenizer), next to a complete tokenizer.json. Runs with transformers 4.57.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import tokenizer_files, write_files

write_files("llama-converted", tokenizer_files("LLaMATokenizer"))

# --8<-- [start:show]
import json
from pathlib import Path

from transformers import AutoTokenizer

config_file = Path("llama-converted/tokenizer_config.json")
config = json.loads(config_file.read_text())
print("was:", config["tokenizer_class"])
config["tokenizer_class"] = "PreTrainedTokenizerFast"  # generic class that reads tokenizer.json
config_file.write_text(json.dumps(config, indent=2))

tokenizer = AutoTokenizer.from_pretrained("llama-converted")
print(type(tokenizer).__name__, tokenizer("hello world").input_ids)
# --8<-- [end:show]
