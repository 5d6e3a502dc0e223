# kb: raises NoMatchingPeftModuleError peft-adapter/comma-string.txt
# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU.
# Hidden set-up: a tiny Llama saved to ./tiny-llama (nothing is downloaded).
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama")
# one string is a regular expression that must match a whole module name, not a list
config = LoraConfig(target_modules="q_proj,k_proj,v_proj,o_proj", task_type="CAUSAL_LM")
model = get_peft_model(model, config)
# --8<-- [end:show]
