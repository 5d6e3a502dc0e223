# kb: raises NotImplementedError meta-tensor/module-to.txt
# Hidden set-up: a tiny BERT classifier saved locally stands in for a large checkpoint. The device
# map puts one layer on "disk", which is what device_map="auto" does when the GPU and the RAM are
# full; on this CPU-only machine "cpu" plays the part of the GPU.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
device_map = {"bert.embeddings": "cpu", "bert.encoder.layer.0": "cpu", "bert.encoder.layer.1": "disk",
              "bert.pooler": "cpu", "dropout": "cpu", "classifier": "cpu"}

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained(
    "my-model", device_map=device_map, offload_folder="offload"  # or device_map="auto" on a small GPU
)
model.bert.encoder.to("cpu")  # "cuda" on a GPU: an offloaded layer has no data to copy
# --8<-- [end:show]
