# kb: output peft-adapter/check-adapter.txt
# Hidden set-up: an adapter folder with adapter_config.json but without its weights, as an
# interrupted copy leaves it (nothing is downloaded; peft is not needed for this check).
import json
import os

os.makedirs("output/my-lora", exist_ok=True)
with open("output/my-lora/adapter_config.json", "w") as f:
    json.dump({"peft_type": "LORA", "base_model_name_or_path": "org/base-model", "target_modules": ["q_proj"]}, f)

# --8<-- [start:show]
import json
import os

path = "output/my-lora"  # what you pass to PeftModel.from_pretrained / load_adapter
print("absolute path:", os.path.abspath(path), "exists:", os.path.isdir(path))
if os.path.isdir(path):
    files = sorted(os.listdir(path))
    print("files:", files)
    print("config:", "adapter_config.json" in files)
    print("weights:", any(f in files for f in ("adapter_model.safetensors", "adapter_model.bin")))
    if "adapter_config.json" in files:
        with open(os.path.join(path, "adapter_config.json")) as f:
            print("base model:", json.load(f).get("base_model_name_or_path"))
# --8<-- [end:show]
