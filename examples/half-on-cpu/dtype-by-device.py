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

# Half precision only where there is a GPU; full precision on the CPU
device = "cuda" if torch.cuda.is_available() else "cpu"
dtype = torch.float16 if device == "cuda" else torch.float32

model = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype=dtype).to(device)
output = model.generate(torch.tensor([[1, 2, 3]], device=device), max_new_tokens=3, do_sample=False)
print(model.device, model.dtype)
# --8<-- [end:show]

assert model.dtype == (torch.float16 if torch.cuda.is_available() else torch.float32)
