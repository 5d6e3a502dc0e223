# kb: raises OSError not-a-transformers-checkpoint/pt-file.txt
# Hidden set-up: a research repo's checkpoint, a bare PyTorch state dict saved with torch.save.
import torch
from transformers import BertConfig, BertModel

torch.save(BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                intermediate_size=32)).state_dict(), "model.pt")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("model.pt")
# --8<-- [end:show]
