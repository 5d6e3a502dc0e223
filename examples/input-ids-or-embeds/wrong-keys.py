# kb: raises ValueError input-ids-or-embeds/exactly-one.txt
import torch
from transformers import BertConfig, BertModel

# Hidden set-up: a tiny random BERT encoder saved to ./tiny-bert (nothing is downloaded).
torch.manual_seed(0)
BertModel(BertConfig(vocab_size=20, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)).save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-bert")
batch = {"ids": torch.tensor([[2, 5, 6, 3]]), "mask": torch.tensor([[1, 1, 1, 1]])}  # own key names
outputs = model(**batch)  # neither input_ids nor inputs_embeds arrives
# --8<-- [end:show]
