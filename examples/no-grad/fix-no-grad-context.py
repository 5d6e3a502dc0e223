# Hidden set-up: a tiny BERT classifier and random batches stand in for the reader's model and data.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}
eval_batch = {"input_ids": torch.randint(1, 100, (4, 8))}
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

# --8<-- [start:show]
model.train()
loss = model(**batch).loss  # training step: outside torch.no_grad()
loss.backward()
optimizer.step()
optimizer.zero_grad()

model.eval()
with torch.no_grad():  # only around evaluation and generation
    predictions = model(**eval_batch).logits.argmax(-1)
# --8<-- [end:show]

assert loss.grad_fn is not None
