# kb: raises SafetensorError safetensors-header/lfs-pointer.txt
# Hidden: a tiny BERT saved into ./bert-base-chinese stands in for a cloned model repo; then its
# weights file is replaced by the Git LFS pointer text that `git clone` leaves without git-lfs.
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("bert-base-chinese")
weights = Path("bert-base-chinese/model.safetensors")
import hashlib

data = weights.read_bytes()
weights.write_text("version https://git-lfs.github.com/spec/v1\n"
                   f"oid sha256:{hashlib.sha256(data).hexdigest()}\nsize {len(data)}\n")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("bert-base-chinese")  # a folder made by `git clone` without git-lfs
# --8<-- [end:show]
