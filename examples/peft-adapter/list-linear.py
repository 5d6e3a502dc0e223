# kb: output peft-adapter/list-linear.txt
# Hidden set-up: a tiny Llama saved to ./tiny-llama (nothing is downloaded).
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama")  # your base model
names = {name.split(".")[-1] for name, module in model.named_modules() if isinstance(module, torch.nn.Linear)}
print(sorted(names))  # candidates for target_modules (leave out lm_head)
# --8<-- [end:show]
