# kb: raises JSONDecodeError safetensors-header/lfs-index.txt
# Hidden: a sharded tiny BERT in ./deepseek-coder whose model.safetensors.index.json is a Git LFS pointer,
# as `git clone` without git-lfs leaves it when the repo stores the index with LFS.
import hashlib
import json
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("deepseek-coder", max_shard_size="20KB")
index = Path("deepseek-coder/model.safetensors.index.json")
assert json.loads(index.read_text())["weight_map"], "the model should be saved in shards"
data = index.read_bytes()
index.write_text("version https://git-lfs.github.com/spec/v1\n"
                 f"oid sha256:{hashlib.sha256(data).hexdigest()}\nsize {len(data)}\n")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("deepseek-coder")  # model.safetensors.index.json is an LFS pointer
# --8<-- [end:show]
