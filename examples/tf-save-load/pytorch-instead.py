# Hidden set-up: a tiny BERT built from a config stands in for a downloaded checkpoint.
import torch
from transformers import BertConfig, BertModel

torch.manual_seed(0)
model = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37))
model.eval()

# --8<-- [start:show]
from transformers import AutoModel

model.save_pretrained("my_model")  # config.json + model.safetensors
reloaded = AutoModel.from_pretrained("my_model")
# --8<-- [end:show]

ids = torch.tensor([[1, 5, 7, 2]])
with torch.no_grad():
    assert torch.allclose(model(ids).last_hidden_state, reloaded.eval()(ids).last_hidden_state)
