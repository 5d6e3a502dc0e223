# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU: with peft importable, the
# from_pretrained call that fails in adapter.py loads the base model named in adapter_config.json and
# applies the adapter; PeftModel.from_pretrained gives the same model.
# Hidden set-up: a tiny Llama saved to ./base-model and a LoRA adapter for it in ./my-lora whose
# adapter_config.json names the base model by its absolute path (nothing is downloaded).
import json
import os

from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

base = LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                    num_attention_heads=2, num_key_value_heads=2))
base.save_pretrained("base-model")
lora = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
lora.save_pretrained("my-lora")  # adapter_config.json + adapter_model.safetensors
with open("my-lora/adapter_config.json") as f:
    cfg = json.load(f)
cfg["base_model_name_or_path"] = os.path.abspath("base-model")
with open("my-lora/adapter_config.json", "w") as f:
    json.dump(cfg, f)
assert "config.json" not in os.listdir("my-lora"), os.listdir("my-lora")

# --8<-- [start:show]
# pip install peft
from peft import PeftModel
from transformers import AutoModelForCausalLM

# with peft installed, transformers reads adapter_config.json, loads the base model it names
# and applies the adapter
model = AutoModelForCausalLM.from_pretrained("my-lora")

# the same, step by step (base_model_name_or_path from adapter_config.json)
base = AutoModelForCausalLM.from_pretrained(model.peft_config["default"].base_model_name_or_path)
model = PeftModel.from_pretrained(base, "my-lora")
# --8<-- [end:show]
assert list(model.peft_config) == ["default"], model.peft_config
assert any("lora_A" in name for name, _ in model.named_parameters()), "the adapter was not applied"
