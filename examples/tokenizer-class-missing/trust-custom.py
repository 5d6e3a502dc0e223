# kb: output tokenizer-class-missing/trust-custom.txt
# Hidden: ./qwen-chat has the repository's tokenizer code (tokenization_qwen.py, named in the
# auto_map of tokenizer_config.json), as a custom-code repo on the Hub does.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import tokenizer_files, write_files

write_files("qwen-chat", tokenizer_files("QWenTokenizer", custom_code=True))

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("qwen-chat", trust_remote_code=True)
print(type(tokenizer).__name__, tokenizer("hello world").input_ids)
# --8<-- [end:show]
