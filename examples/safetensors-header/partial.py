# kb: raises SafetensorError safetensors-header/partial.txt
# Hidden: a tiny BERT saved into ./bert-base-chinese, then its weights file cut short, as an
# interrupted download or copy leaves it.
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("bert-base-chinese")
weights = Path("bert-base-chinese/model.safetensors")
weights.write_bytes(weights.read_bytes()[:4096])

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("bert-base-chinese")  # model.safetensors was cut short
# --8<-- [end:show]
