# kb: gpu
# Needs a CUDA GPU and the bitsandbytes package (pip install bitsandbytes).
# Hidden set-up: a small Llama saved in bfloat16 stands in for a downloaded checkpoint.
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(
    vocab_size=100, hidden_size=256, intermediate_size=512, num_hidden_layers=2,
    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128,
)
bf16 = LlamaForCausalLM(config).to(torch.bfloat16)
bf16.save_pretrained("small-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM, BitsAndBytesConfig

quantization = BitsAndBytesConfig(
    load_in_4bit=True,  # or load_in_8bit=True: about half of bf16 instead of a quarter
    bnb_4bit_quant_type="nf4",
    bnb_4bit_compute_dtype=torch.bfloat16,
)
model = AutoModelForCausalLM.from_pretrained("small-llama", quantization_config=quantization, device_map="auto")
print(f"{model.get_memory_footprint() / 2**20:.2f} MiB")
# --8<-- [end:show]

assert model.get_memory_footprint() < bf16.get_memory_footprint()
assert model.generate(torch.tensor([[1, 5, 7, 9]], device=model.device), max_new_tokens=3).shape == (1, 7)
