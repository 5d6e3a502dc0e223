# kb: env tf
# kb: raises ValueError tokenizer-class-missing/class-missing-4x.txt
# Hidden: ./qwen-finetuned holds a tiny tokenizer.json and a tokenizer_config.json that names the
# repository's own class QWenTokenizer, without the auto_map and the .py file that define it (as a
# fine-tuned copy or a partial download has). Runs with transformers 4.57 (the TF environment).
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import tokenizer_files, write_files

write_files("qwen-finetuned", tokenizer_files("QWenTokenizer"))

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("qwen-finetuned")
# --8<-- [end:show]
