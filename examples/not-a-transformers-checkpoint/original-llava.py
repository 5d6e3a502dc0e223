# kb: raises ValueError not-a-transformers-checkpoint/original-llava.txt
# Hidden set-up: a folder laid out like an original LLaVA checkpoint (liuhaotian/llava-v1.5-7b): its
# config.json says model_type "llava" but holds Llama fields plus mm_* keys for the LLaVA repository's
# own loader. Tiny sizes; nothing is downloaded.
import json
import os

os.makedirs("llava-v1.5-7b")
json.dump({"model_type": "llava", "architectures": ["LlavaLlamaForCausalLM"], "hidden_size": 16,
           "intermediate_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2, "vocab_size": 64,
           "mm_vision_tower": "openai/clip-vit-large-patch14-336", "mm_projector_type": "mlp2x_gelu",
           "mm_hidden_size": 1024}, open("llava-v1.5-7b/config.json", "w"))

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("llava-v1.5-7b")
# --8<-- [end:show]
