# kb: output input-ids-or-embeds/right-keys-output.txt
import torch
from transformers import BertConfig, BertModel

# Hidden set-up: a tiny random BERT encoder saved to ./tiny-bert (nothing is downloaded).
torch.manual_seed(0)
BertModel(BertConfig(vocab_size=20, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)).save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-bert")
batch = {"input_ids": torch.tensor([[2, 5, 6, 3]]), "attention_mask": torch.tensor([[1, 1, 1, 1]])}
outputs = model(**batch)  # the names forward() expects, unpacked with **
print(outputs.last_hidden_state.shape)
# --8<-- [end:show]
