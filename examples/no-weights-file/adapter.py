# kb: output no-weights-file/adapter.txt
# Hidden set-up: ./my-lora is a LoRA adapter saved by peft (adapter_config.json and
# adapter_model.safetensors) for a base model cached as org/base-model. peft is not installed: the
# test environment has peft (for the peft-adapter page), so the shown code runs in a fresh interpreter
# in which `peft` cannot be imported, as if it had never been installed; its traceback is the output
# checked.
import json
import os
import pathlib
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    pathlib.Path("my-lora").mkdir()
    pathlib.Path("my-lora/adapter_config.json").write_text(json.dumps({
        "peft_type": "LORA", "task_type": "CAUSAL_LM", "base_model_name_or_path": "org/base-model",
        "r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"]}))
    pathlib.Path("my-lora/adapter_model.safetensors").write_bytes(b"")
    proc = subprocess.run([sys.executable, __file__], env=dict(os.environ, KB_FRESH_INTERPRETER="1"))
    assert proc.returncode == 1, "loading an adapter folder without peft should fail"
    sys.exit(0)

sys.modules["peft"] = None  # as if `pip install peft` had never run

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("my-lora")  # adapter files only, peft not installed
# --8<-- [end:show]
