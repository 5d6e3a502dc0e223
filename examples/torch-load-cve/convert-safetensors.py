# kb: output torch-load-cve/convert-safetensors.txt
# Hidden set-up: a checkpoint folder with only pytorch_model.bin.
import torch
from transformers import BertConfig, BertModel
from transformers.utils import logging

logging.disable_progress_bar()
model = BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=32))
model.config.save_pretrained("old-checkpoint")
torch.save(model.state_dict(), "old-checkpoint/pytorch_model.bin")

# --8<-- [start:show]
import os

from transformers import AutoModel

# once, on a machine with torch >= 2.6, for a checkpoint you trust:
model = AutoModel.from_pretrained("old-checkpoint")
model.save_pretrained("checkpoint-safetensors")  # writes model.safetensors
print(sorted(os.listdir("checkpoint-safetensors")))

# afterwards any torch version loads it without torch.load
model = AutoModel.from_pretrained("checkpoint-safetensors")
# --8<-- [end:show]
