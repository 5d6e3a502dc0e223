# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaModel

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaModel(config).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-llama", dtype=torch.bfloat16)
head = torch.nn.Linear(model.config.hidden_size, 2)  # stays float32, e.g. for a stable loss

hidden = model(input_ids=torch.tensor([[1, 2, 3]])).last_hidden_state
logits = head(hidden[:, -1].to(head.weight.dtype))  # cast the activations at the boundary
print(logits.dtype)
# --8<-- [end:show]

assert logits.dtype == torch.float32
