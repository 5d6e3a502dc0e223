# Hidden set-up: a tiny BERT classifier saved locally and one random batch; the CPU GradScaler
# stands in for the GPU one.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("my-model")  # float32 weights (the default)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
scaler = torch.amp.GradScaler("cpu")  # "cuda" on a GPU

with torch.autocast("cpu", dtype=torch.float16):  # the computation runs in fp16
    loss = model(**batch).loss
scaler.scale(loss).backward()
scaler.unscale_(optimizer)  # fp32 gradients: fine
torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
scaler.step(optimizer)
scaler.update()
# --8<-- [end:show]

assert next(model.parameters()).dtype == torch.float32
