# kb: gpu
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

import importlib.util
import sys

if importlib.util.find_spec("bitsandbytes") is None:
    print("bitsandbytes is not installed on this GPU machine: nothing to check")
    sys.exit(0)

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM, BitsAndBytesConfig

quantization_config = BitsAndBytesConfig(
    load_in_4bit=True,
    bnb_4bit_quant_type="nf4",
    bnb_4bit_compute_dtype=torch.bfloat16,
)
model = AutoModelForCausalLM.from_pretrained(
    "tiny-llama", quantization_config=quantization_config, device_map={"": 0}
)
print(model.is_loaded_in_4bit, model.get_memory_footprint())
# --8<-- [end:show]

assert model.is_loaded_in_4bit
