# kb: raises ValueError not-a-transformers-checkpoint/diffusers-folder.txt
# Hidden set-up: the top of a Diffusers pipeline folder (model_index.json, one subfolder per part),
# without weights. Nothing is downloaded.
import json
import os

os.makedirs("stable-diffusion-v1-5/unet")
json.dump({"_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.6.0"},
          open("stable-diffusion-v1-5/model_index.json", "w"))
json.dump({"_class_name": "UNet2DConditionModel"}, open("stable-diffusion-v1-5/unet/config.json", "w"))

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("stable-diffusion-v1-5")
# --8<-- [end:show]
