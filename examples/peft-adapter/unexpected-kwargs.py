# kb: output peft-adapter/unexpected-kwargs.txt
# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU: an adapter_config.json with
# a key this peft does not know (as a newer peft writes it) loads with a warning, the key is dropped.
# Hidden set-up: a tiny Llama in ./tiny-llama and a LoRA adapter in ./my-lora with an extra key.
import json

from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

base = LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                    num_attention_heads=2, num_key_value_heads=2))
base.save_pretrained("tiny-llama")
get_peft_model(base, LoraConfig(target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")).save_pretrained("my-lora")
with open("my-lora/adapter_config.json") as f:
    saved = json.load(f)
saved["lora_future_option"] = True
with open("my-lora/adapter_config.json", "w") as f:
    json.dump(saved, f)

# --8<-- [start:show]
import json

from peft import PeftModel
from transformers import AutoModelForCausalLM

with open("my-lora/adapter_config.json") as f:
    print("saved by peft", json.load(f).get("peft_version"))  # written since peft 0.18.0
base = AutoModelForCausalLM.from_pretrained("tiny-llama")
model = PeftModel.from_pretrained(base, "my-lora")
# --8<-- [end:show]
assert not hasattr(model.peft_config["default"], "lora_future_option")
