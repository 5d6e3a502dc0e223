# kb: raises ValueError fp16-unscale/unscale.txt
# Hidden set-up: a tiny BERT classifier saved locally and one random batch. The shown code is one
# step of what Trainer(fp16=True) does on a GPU (autocast, GradScaler, unscale before clipping);
# torch also has a GradScaler for the CPU, so the same error appears here without a GPU.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("my-model", dtype=torch.float16)  # weights in fp16
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
scaler = torch.amp.GradScaler("cpu")  # "cuda" on a GPU

with torch.autocast("cpu", dtype=torch.float16):
    loss = model(**batch).loss
scaler.scale(loss).backward()
scaler.unscale_(optimizer)  # the gradients are fp16 too: GradScaler refuses
# --8<-- [end:show]
