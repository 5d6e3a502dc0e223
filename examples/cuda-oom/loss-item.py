# Hidden set-up: a tiny BERT classifier, an optimizer and a few random batches stand in for
# the reader's own training loop.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
batches = [{"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.randint(0, 2, (4,))} for _ in range(3)]

# --8<-- [start:show]
running_loss = 0.0
for batch in batches:
    loss = model(**batch).loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    running_loss += loss.item()  # a Python float; `running_loss += loss` keeps every step's graph alive
# --8<-- [end:show]

assert isinstance(running_loss, float)

# What goes wrong without .item(): the sum is a tensor that still points into the graph of each step
# (on a GPU, the activations of every step stay allocated until the memory runs out).
leaky = 0.0
for batch in batches:
    loss = model(**batch).loss
    leaky += loss
assert torch.is_tensor(leaky) and leaky.grad_fn is not None
