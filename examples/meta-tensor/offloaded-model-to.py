# kb: raises RuntimeError meta-tensor/offloaded-model-to.txt
# kb: output meta-tensor/offloaded-warnings.txt
# Hidden set-up: as in offloaded-submodule.py, one layer of a tiny BERT is offloaded to disk.
# Accelerate logs through Python's logging without a handler of its own; in a reader's script
# Python's last-resort handler prints the bare message to stderr. Under pytest a capture handler
# takes its place, so a bare-message handler stands in for it until the last expected line.
import logging
import sys


class _UntilMoveWarning(logging.StreamHandler):
    def emit(self, record):
        super().emit(record)
        if "You shouldn't move a model" in record.getMessage():
            logging.getLogger("accelerate").removeHandler(self)


logging.getLogger("accelerate").addHandler(_UntilMoveWarning(sys.stderr))
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
device_map = {"bert.embeddings": "cpu", "bert.encoder.layer.0": "cpu", "bert.encoder.layer.1": "disk",
              "bert.pooler": "cpu", "dropout": "cpu", "classifier": "cpu"}

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("my-model", device_map=device_map, offload_folder="offload")
model.to("cpu")  # "cuda" on a GPU
# --8<-- [end:show]
