# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU: the absolute path of a
# saved adapter loads (adapter-missing.py shows the error for a path that does not exist).
# Hidden set-up: a tiny Llama in ./tiny-llama and a LoRA adapter for it saved in ./output/my-lora.
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

base = LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                    num_attention_heads=2, num_key_value_heads=2))
base.save_pretrained("tiny-llama")
get_peft_model(base, LoraConfig(target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")).save_pretrained("output/my-lora")

# --8<-- [start:show]
import os

from peft import PeftModel
from transformers import AutoModelForCausalLM

adapter = os.path.abspath("output/my-lora")  # absolute: independent of the working directory
print(sorted(os.listdir(adapter)))  # needs adapter_config.json and adapter_model.safetensors (or .bin)
base = AutoModelForCausalLM.from_pretrained("tiny-llama")
model = PeftModel.from_pretrained(base, adapter)
# --8<-- [end:show]
assert "default" in model.peft_config, model.peft_config
