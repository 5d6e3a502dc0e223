# kb: output fp16-unscale/default-dtype.txt
# Hidden set-up: a tiny BERT classifier saved in float16 stands in for a float16 checkpoint on
# the Hub (many fine-tuned models are shared in float16). Nothing is downloaded.
import torch
from transformers import BertConfig, BertForSequenceClassification, logging

logging.disable_progress_bar()

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).half().save_pretrained("fp16-checkpoint")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification

# Transformers 5: no dtype keeps the checkpoint's dtype (float16 here); 4.x gave float32.
model = AutoModelForSequenceClassification.from_pretrained("fp16-checkpoint")
print("no dtype:", model.dtype)

# Ask for float32 explicitly: the master weights that fp16=True mixed precision needs.
model = AutoModelForSequenceClassification.from_pretrained("fp16-checkpoint", dtype=torch.float32)
print("dtype=torch.float32:", model.dtype)
# --8<-- [end:show]

assert model.dtype == torch.float32
