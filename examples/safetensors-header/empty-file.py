# kb: raises SafetensorError safetensors-header/empty-file.txt
# Hidden: a tiny BERT saved into ./bert-base-chinese, then its weights file emptied, as a copy or a
# download to a full disk leaves it (0 bytes).
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("bert-base-chinese")
Path("bert-base-chinese/model.safetensors").write_bytes(b"")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("bert-base-chinese")  # model.safetensors is 0 bytes
# --8<-- [end:show]
