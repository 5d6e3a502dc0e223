# kb: output no-weights-file/check-folder.txt
# Hidden set-up: ./my-model is a sharded checkpoint whose last shard is missing (an interrupted
# download), and ./my-pipeline is a multi-part repo (text_encoder/, unet/) loaded one level too high.
import pathlib

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)).save_pretrained(
    "my-model", max_shard_size="40KB")
sorted(pathlib.Path("my-model").glob("model-*-of-*.safetensors"))[-1].unlink()
BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37).save_pretrained("my-pipeline/text_encoder")
pathlib.Path("my-pipeline/unet").mkdir()
pathlib.Path("my-pipeline/model_index.json").write_text("{}")

# --8<-- [start:show]
import json
from pathlib import Path

WEIGHTS = ["model.safetensors", "pytorch_model.bin"]
INDEXES = ["model.safetensors.index.json", "pytorch_model.bin.index.json"]
OTHER_FRAMEWORKS = ["tf_model.h5", "model.ckpt.index", "flax_model.msgpack"]


def check_folder(folder):
    folder = Path(folder)
    names = sorted(p.name for p in folder.iterdir())
    print(f"{folder}: {names}")
    if "config.json" not in names:
        print("  no config.json")
    if "adapter_config.json" in names:
        print("  a PEFT adapter: install peft (base model:",
              json.loads((folder / "adapter_config.json").read_text()).get("base_model_name_or_path"), ")")
    for index in INDEXES:
        if index in names:
            shards = set(json.loads((folder / index).read_text())["weight_map"].values())
            missing = sorted(s for s in shards if not (folder / s).is_file())
            print(f"  {index}: {len(shards)} shards, missing {missing}")
    if not any(n in names for n in WEIGHTS + INDEXES):
        print("  no PyTorch weights file")
        for name in OTHER_FRAMEWORKS:
            if name in names:
                print(f"  {name}: TensorFlow/Flax weights, convert them with transformers 4.x")
        for sub in sorted(p for p in folder.iterdir() if (p / "config.json").is_file()):
            print(f"  config.json in {sub.name}/: pass subfolder={sub.name!r}")


check_folder("my-model")
check_folder("my-pipeline")
# --8<-- [end:show]
