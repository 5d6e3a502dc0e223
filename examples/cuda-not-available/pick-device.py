# kb: output cuda-not-available/pick-device.txt
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded); CPU build of torch.
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

if torch.cuda.is_available():
    device = "cuda"
elif torch.backends.mps.is_available():  # Apple silicon
    device = "mps"
else:
    device = "cpu"
model = AutoModelForCausalLM.from_pretrained("tiny-llama", device_map=device)
inputs = torch.tensor([[1, 2, 3]], device=model.device)  # inputs go where the model is
print("running on", model.device)
# --8<-- [end:show]
