# kb: raises ValueError model-too-new/unknown-architecture.txt
# Hidden set-up: a model folder whose config.json names an architecture no release knows yet.
import json
import os

os.makedirs("new-model", exist_ok=True)
with open("new-model/config.json", "w") as f:
    json.dump({"model_type": "future_model", "architectures": ["FutureModelForCausalLM"]}, f)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("new-model")
# --8<-- [end:show]
