# kb: raises OSError no-weights-file/config-only.txt
# Hidden set-up: ./my-model holds only config.json, as after a download or copy that stopped before
# the weights (or a folder written by config.save_pretrained alone).
from transformers import BertConfig

BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37).save_pretrained("my-model")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("my-model")  # my-model/ has config.json but no weights file
# --8<-- [end:show]
