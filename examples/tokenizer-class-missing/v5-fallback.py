# kb: output tokenizer-class-missing/v5-fallback.txt
# Hidden: the same folder as class-missing-4x.py, loaded with transformers 5.x.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import tokenizer_files, write_files

write_files("qwen-finetuned", tokenizer_files("QWenTokenizer"))

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("qwen-finetuned")
print(type(tokenizer).__name__, tokenizer("hello world").input_ids)
# --8<-- [end:show]
