# Hidden set-up: a tiny BERT classifier with a frozen encoder and one random batch.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
model.bert.requires_grad_(False)
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}

# --8<-- [start:show]
loss = model(**batch).loss
print("grad_fn:", loss.grad_fn)  # None means backward() will fail
loss.backward()
with_grad = sum(p.numel() for p in model.parameters() if p.grad is not None)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"{with_grad} of {trainable} trainable parameters got a gradient")
# --8<-- [end:show]

assert loss.grad_fn is not None and with_grad == trainable > 0
