# kb: output cuda-not-available/auto-cpu.txt
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded); CPU build of torch.
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama", device_map="auto")  # GPUs if any, else the CPU
print(model.device)
# --8<-- [end:show]
