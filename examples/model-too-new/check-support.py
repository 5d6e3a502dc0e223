# kb: output model-too-new/check-support.txt
# Hidden set-up: a downloaded model folder (config.json only is enough).
import json
import os

os.makedirs("downloaded-model", exist_ok=True)
with open("downloaded-model/config.json", "w") as f:
    json.dump({"model_type": "qwen3_5", "transformers_version": "5.2.0"}, f)

# --8<-- [start:show]
import json

import transformers
from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

with open("downloaded-model/config.json") as f:  # the model folder, or the config.json from the Hub page
    config = json.load(f)
model_type = config["model_type"]
print("transformers", transformers.__version__)
print("model_type:", model_type, "| saved with transformers", config.get("transformers_version", "?"))
print("supported" if model_type in CONFIG_MAPPING_NAMES else "not supported by this release: upgrade")
# --8<-- [end:show]
