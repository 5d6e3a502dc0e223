# kb: raises ValueError no-weights-file/no-config.txt
# Hidden set-up: ./my-model holds a weights file but no config.json (the config was not copied).
import pathlib

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)).save_pretrained("full")
pathlib.Path("my-model").mkdir()
pathlib.Path("full/model.safetensors").rename("my-model/model.safetensors")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("my-model")  # my-model/ has model.safetensors but no config.json
# --8<-- [end:show]
