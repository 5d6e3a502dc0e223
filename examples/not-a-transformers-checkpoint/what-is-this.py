# kb: output not-a-transformers-checkpoint/what-is-this.txt
# Hidden set-up: five folders, one of each kind the page describes (no weights needed to tell them apart).
import json
import os

for folder in ["bert-base", "llava-v1.5-7b", "stable-diffusion-v1-5", "Llama-3.2-1B-GGUF", "research-repo"]:
    os.makedirs(folder)
json.dump({"model_type": "bert"}, open("bert-base/config.json", "w"))
open("bert-base/model.safetensors", "wb").close()
json.dump({"model_type": "llava", "mm_vision_tower": "openai/clip-vit-large-patch14-336"},
          open("llava-v1.5-7b/config.json", "w"))
json.dump({"_class_name": "StableDiffusionPipeline"}, open("stable-diffusion-v1-5/model_index.json", "w"))
open("Llama-3.2-1B-GGUF/Llama-3.2-1B-Q4_K_M.gguf", "wb").close()
open("research-repo/model.pt", "wb").close()

# --8<-- [start:show]
import json
import os


def what_is(folder):
    files = os.listdir(folder)
    config = {}
    if "config.json" in files:
        config = json.load(open(os.path.join(folder, "config.json")))
    if "model_index.json" in files:
        return "a Diffusers pipeline: load it with diffusers"
    if any(name.endswith(".gguf") for name in files):
        return "GGUF (llama.cpp): from_pretrained(folder, gguf_file=...) or llama.cpp"
    if any(key.startswith("mm_") for key in config):
        return "an original LLaVA checkpoint: the LLaVA repository's loader, or a llava-hf conversion"
    if "model_type" in config:
        return f"a Transformers checkpoint (model_type {config['model_type']!r})"
    return "no config.json: a bare state dict or another library's format"


for folder in ["bert-base", "llava-v1.5-7b", "stable-diffusion-v1-5", "Llama-3.2-1B-GGUF", "research-repo"]:
    print(f"{folder}: {what_is(folder)}")
# --8<-- [end:show]
