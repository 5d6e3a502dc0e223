# kb: raises SafetensorError safetensors-header/trailing-bytes.txt
# Hidden: a tiny BERT saved into ./bert-base-chinese, then 16 bytes appended to its complete weights file,
# as a tool that pads or concatenates files leaves it. The file is not short: it is too long.
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("bert-base-chinese")
weights = Path("bert-base-chinese/model.safetensors")
weights.write_bytes(weights.read_bytes() + b"\0" * 16)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("bert-base-chinese")  # 16 extra bytes after the last tensor
# --8<-- [end:show]
