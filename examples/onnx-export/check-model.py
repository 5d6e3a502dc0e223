# kb: output onnx-export/check-model.txt
# Hidden set-up: a tiny Llama saved to ./my-model (nothing is downloaded), and a copy whose
# config points at the repository's own code, as remote-code models (ChatGLM, older Qwen) do.
import json
import shutil

from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("my-model")
shutil.copytree("my-model", "remote-model")
with open("remote-model/config.json") as f:
    config = json.load(f)
config.update(model_type="chatglm", architectures=["ChatGLMModel"],
              auto_map={"AutoModel": "modeling_chatglm.ChatGLMForConditionalGeneration"})
with open("remote-model/config.json", "w") as f:
    json.dump(config, f)

# --8<-- [start:show]
import json
import os

for folder in ["my-model", "remote-model"]:  # your model folder (or the cached snapshot)
    with open(os.path.join(folder, "config.json")) as f:
        config = json.load(f)
    print(folder, "| model_type:", config.get("model_type"), "| architectures:", config.get("architectures"),
          "| remote code:", "auto_map" in config)
# --8<-- [end:show]
