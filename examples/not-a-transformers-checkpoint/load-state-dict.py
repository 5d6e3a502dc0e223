# kb: output not-a-transformers-checkpoint/load-state-dict.txt
# Hidden set-up: model.pt as in pt-file.py; its architecture is a (tiny) BERT, which the research
# repository's README or code would name.
import torch
from transformers import BertConfig, BertModel
from transformers.utils import logging

logging.disable_progress_bar()
torch.save(BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                intermediate_size=32)).state_dict(), "model.pt")

# --8<-- [start:show]
import torch
from transformers import AutoModel, BertConfig, BertModel

# 1. build the architecture the checkpoint was trained with (from the project's README / code)
config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                    intermediate_size=32)
model = BertModel(config)
# 2. load the tensors; strict=True fails loudly if the names or shapes do not match
state_dict = torch.load("model.pt", map_location="cpu", weights_only=True)
model.load_state_dict(state_dict, strict=True)
# 3. save it as a Transformers folder: config.json + model.safetensors
model.save_pretrained("my-model")
print(type(AutoModel.from_pretrained("my-model")).__name__)
# --8<-- [end:show]
