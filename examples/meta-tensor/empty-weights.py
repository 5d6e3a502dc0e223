# kb: raises NotImplementedError meta-tensor/module-to.txt
# Hidden set-up: a tiny BERT config stands in for a large model's config.
import torch
from transformers import BertConfig

config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)

# --8<-- [start:show]
from accelerate import init_empty_weights
from transformers import AutoModelForSequenceClassification

with init_empty_weights():  # parameters are created on the meta device: shapes only, no data
    model = AutoModelForSequenceClassification.from_config(config)
model.to("cpu")
# --8<-- [end:show]
