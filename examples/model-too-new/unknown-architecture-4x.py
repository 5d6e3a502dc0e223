# kb: env tf
# kb: raises ValueError model-too-new/unknown-architecture.txt
# Transformers 4.57.6 (no PyTorch there, so AutoConfig). Hidden set-up: a model folder whose config.json names an architecture no release knows yet.
import json
import os

os.makedirs("new-model", exist_ok=True)
with open("new-model/config.json", "w") as f:
    json.dump({"model_type": "future_model", "architectures": ["FutureModelForCausalLM"]}, f)

# --8<-- [start:show]
from transformers import AutoConfig

config = AutoConfig.from_pretrained("new-model")
# --8<-- [end:show]
