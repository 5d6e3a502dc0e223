# kb: raises RuntimeError dtype-mismatch/inputs-embeds-float32.txt
# Hidden set-up: a tiny Llama checkpoint saved in bfloat16 (as most current LLM checkpoints are)
# to ./tiny-llama; nothing is downloaded.
import torch
from transformers import LlamaConfig, LlamaModel

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaModel(config).to(torch.bfloat16).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModel

# 4.x code: no dtype gave float32 weights. Transformers 5 keeps the checkpoint's bfloat16.
model = AutoModel.from_pretrained("tiny-llama")
features = torch.randn(1, 3, model.config.hidden_size)  # float32
hidden = model(inputs_embeds=features).last_hidden_state
# --8<-- [end:show]
