# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

# PyTorch's scaled_dot_product_attention: no extra package, uses fused kernels on the GPU
model = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype=torch.bfloat16, attn_implementation="sdpa")
print(model.config._attn_implementation)
# --8<-- [end:show]

assert model.config._attn_implementation == "sdpa"
