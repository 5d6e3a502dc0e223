# kb: raises RuntimeError no-grad/no-grad.txt
# Hidden set-up: a tiny BERT classifier and one random batch stand in for the reader's model and data.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
batch = {"input_ids": torch.randint(1, 100, (4, 8)), "labels": torch.tensor([0, 1, 0, 1])}

# --8<-- [start:show]
with torch.no_grad():  # copied from evaluation code: no graph is recorded
    loss = model(**batch).loss
loss.backward()
# --8<-- [end:show]
