# Hidden set-up: a tiny BERT classifier saved locally stands in for the reader's checkpoint. On this
# CPU-only machine device_map="auto" places everything on the CPU; on a GPU it fills the GPU first.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("my-model", device_map="auto")
print({str(p.device) for p in model.parameters()})  # "meta" here means offloaded layers
inputs = torch.tensor([[1, 5, 7, 2]]).to(model.device)  # move the inputs, not the model
logits = model(input_ids=inputs).logits
# --8<-- [end:show]

assert all(p.device.type != "meta" for p in model.parameters())
