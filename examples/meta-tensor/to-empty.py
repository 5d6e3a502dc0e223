# Hidden set-up: a tiny BERT classifier saved locally stands in for a large checkpoint.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")

# --8<-- [start:show]
from accelerate import init_empty_weights
from safetensors.torch import load_file
from transformers import AutoModelForSequenceClassification

with init_empty_weights():
    model = AutoModelForSequenceClassification.from_config(config)
model.to_empty(device="cpu")  # allocate real (uninitialized) memory, "cuda" on a GPU
model.load_state_dict(load_file("my-model/model.safetensors"))  # then fill it with the weights
# simpler, when the weights are on disk anyway:
model = AutoModelForSequenceClassification.from_pretrained("my-model", device_map="cpu")
# --8<-- [end:show]

assert all(p.device.type == "cpu" for p in model.parameters())
