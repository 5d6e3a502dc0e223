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

# bfloat16 halves the memory like float16, and PyTorch has CPU kernels for most operations
model = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype=torch.bfloat16)
output = model.generate(torch.tensor([[1, 2, 3]]), max_new_tokens=3, do_sample=False)
print(model.device, model.dtype)
# --8<-- [end:show]

assert model.dtype == torch.bfloat16
