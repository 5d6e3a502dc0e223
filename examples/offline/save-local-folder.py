# Hidden set-up: on a machine with internet access the model would come from the Hub;
# here a tiny BERT built from a config stands in for it.
import torch
from transformers import BertConfig, BertModel

torch.manual_seed(0)
model = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37))
model.eval()

# --8<-- [start:show]
# 1. On a machine with internet access:
#    model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
model.save_pretrained("bert-base-uncased-local")

# 2. Copy the folder to the offline machine, then load it by its path:
from transformers import AutoModel

offline_model = AutoModel.from_pretrained("./bert-base-uncased-local")
# --8<-- [end:show]

ids = torch.tensor([[1, 5, 7, 2]])
with torch.no_grad():
    assert torch.allclose(model(ids).last_hidden_state, offline_model.eval()(ids).last_hidden_state)
