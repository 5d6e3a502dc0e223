# kb: raises ValueError version-incompat/model-kwargs.txt
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
model = LlamaForCausalLM(LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                     num_attention_heads=2, num_key_value_heads=2))
input_ids = torch.tensor([[1, 2, 3]])
# --8<-- [start:show]
output = model.generate(input_ids, max_new_tokens=5, batch_size=1)
# --8<-- [end:show]
