# Hidden set-up: a tiny BERT classifier saved locally stands in for a large checkpoint.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")

# --8<-- [start:show]
from accelerate import init_empty_weights
from safetensors.torch import load_file
from transformers import AutoModelForSequenceClassification

with init_empty_weights():  # parameters on meta, buffers (position_ids, ...) real
    model = AutoModelForSequenceClassification.from_config(config)
# assign=True: the parameters become the loaded tensors; the buffers keep their values.
# (Not to_empty() + load_state_dict(): to_empty() also fills the buffers with garbage.)
model.load_state_dict(load_file("my-model/model.safetensors"), assign=True)

# simpler, when the weights are on disk anyway:
reference = AutoModelForSequenceClassification.from_pretrained("my-model", device_map="cpu")
# --8<-- [end:show]

model.eval()
reference.eval()
assert all(p.device.type == "cpu" for p in model.parameters())
assert all(b.device.type == "cpu" for b in model.buffers())
input_ids = torch.tensor([[2, 5, 7, 3]])
with torch.no_grad():
    assert torch.equal(model(input_ids).logits, reference(input_ids).logits)

