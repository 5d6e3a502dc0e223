# kb: raises ImportError quantization-setup/accelerate-missing.txt
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# Stand-in for an environment without accelerate (it is installed here): a child Python makes
# transformers' own check report it missing, so that the library raises its real message; the parent
# re-raises the child's ImportError (patching here would leak into the other examples of the test run).
import os
import re
import subprocess
import sys

if os.environ.get("KB_NO_ACCELERATE_CHILD") != "1":
    child = subprocess.run([sys.executable, __file__], env=dict(os.environ, KB_NO_ACCELERATE_CHILD="1"),
                           capture_output=True, text=True, timeout=300)
    found = list(re.finditer(r"^ImportError: ", child.stderr, re.M))
    assert found, f"the child raised no ImportError:\n{child.stderr[-3000:]}"
    raise ImportError(child.stderr[found[-1].end():].rstrip())

import transformers.quantizers.quantizer_bnb_4bit as bnb_4bit

bnb_4bit.is_accelerate_available = lambda: False

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, BitsAndBytesConfig

model = AutoModelForCausalLM.from_pretrained(
    "tiny-llama", quantization_config=BitsAndBytesConfig(load_in_4bit=True)
)
# --8<-- [end:show]
