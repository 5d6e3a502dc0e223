# kb: raises ImportError quantization-setup/gptq-missing.txt
# (on a machine where optimum is not installed)
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# A GPTQ checkpoint is recognised by the quantization_config in its config.json.
import json

with open("tiny-llama/config.json") as f:
    saved = json.load(f)
saved["quantization_config"] = {"quant_method": "gptq", "bits": 4, "group_size": 128}
with open("tiny-llama/config.json", "w") as f:
    json.dump(saved, f)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama")  # a repo whose config.json says quant_method: gptq
# --8<-- [end:show]
