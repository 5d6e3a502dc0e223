# kb: raises ValueError no-weights-file/adapter.txt
# Hidden set-up: ./my-lora is a LoRA adapter saved by peft (adapter_config.json and
# adapter_model.safetensors) for a base model cached as org/base-model. peft is not installed.
import json
import pathlib

pathlib.Path("my-lora").mkdir()
pathlib.Path("my-lora/adapter_config.json").write_text(json.dumps({
    "peft_type": "LORA", "task_type": "CAUSAL_LM", "base_model_name_or_path": "org/base-model",
    "r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"]}))
pathlib.Path("my-lora/adapter_model.safetensors").write_bytes(b"")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("my-lora")  # adapter files only, peft not installed
# --8<-- [end:show]
