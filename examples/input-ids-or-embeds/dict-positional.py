# kb: raises AttributeError input-ids-or-embeds/dict-positional.txt
import torch
from transformers import BertConfig, BertModel

# Hidden set-up: a tiny random BERT encoder saved to ./tiny-bert (nothing is downloaded).
torch.manual_seed(0)
BertModel(BertConfig(vocab_size=20, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)).save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-bert")
inputs = {"input_ids": torch.tensor([[2, 5, 6, 3]]), "attention_mask": torch.tensor([[1, 1, 1, 1]])}
inputs = {k: v.to(model.device) for k, v in inputs.items()}  # a plain dict
outputs = model(inputs)  # the whole dict lands in input_ids; write model(**inputs)
# --8<-- [end:show]
