# Hidden set-up: a tiny BERT classifier saved locally and one random batch. The frozen fp16 encoder
# stands in for a large base model; the small trainable classifier stands in for LoRA adapters.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("my-model", dtype=torch.float16)
model.bert.requires_grad_(False)  # the frozen base stays in fp16 and has no gradients
for param in model.parameters():
    if param.requires_grad:
        param.data = param.data.float()  # trainable weights (adapters) in fp32

optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
scaler = torch.amp.GradScaler("cpu")  # "cuda" on a GPU
with torch.autocast("cpu", dtype=torch.float16):
    loss = model(**batch).loss
scaler.scale(loss).backward()
scaler.unscale_(optimizer)  # only fp32 gradients to unscale
scaler.step(optimizer)
scaler.update()
# --8<-- [end:show]

assert model.classifier.weight.dtype == torch.float32 and model.classifier.weight.grad is not None
