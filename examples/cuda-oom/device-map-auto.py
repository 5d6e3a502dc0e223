# Hidden set-up: a tiny Llama saved in bfloat16 stands in for a model too big for one GPU.
# Nothing is downloaded. On this CPU-only machine "auto" places the model in CPU RAM; below,
# a tiny memory limit shows where layers go when nothing else has room (the disk).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(
    vocab_size=100, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128,
)
LlamaForCausalLM(config).to(torch.bfloat16).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained(
    "tiny-llama",
    dtype="auto",
    device_map="auto",  # fill the GPU(s) first, then CPU RAM, then disk (needs accelerate)
    offload_folder="offload",  # where layers go that fit nowhere else
)
# --8<-- [end:show]

prompt = torch.tensor([[1, 5, 7, 9]])
assert model.generate(prompt, max_new_tokens=3, do_sample=False).shape == (1, 7)

# With (almost) no room anywhere, the weights go to the offload folder and generate still works.
offloaded = AutoModelForCausalLM.from_pretrained(
    "tiny-llama", dtype="auto", device_map="auto", max_memory={"cpu": "60KB"}, offload_folder="offload"
)
assert "disk" in offloaded.hf_device_map.values()
assert offloaded.generate(prompt, max_new_tokens=3, do_sample=False).shape == (1, 7)
