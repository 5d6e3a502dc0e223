# kb: gpu
# kb: raises RuntimeError dtype-mismatch/inputs-embeds-cuda.txt
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

model = AutoModel.from_pretrained("tiny-llama", dtype=torch.bfloat16, device_map="cuda")
extra = torch.randn(1, 3, model.config.hidden_size, device="cuda")  # float32, e.g. from your own projector
hidden = model(inputs_embeds=extra).last_hidden_state
# --8<-- [end:show]
