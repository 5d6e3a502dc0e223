# kb: gpu
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama").to("cuda")
prompt = torch.tensor([[1, 2, 3]])  # on the CPU
# Transformers 5.20 and later move the inputs to model.device inside generate(); 5.19 and older
# (and every 4.x release) raised "Expected all tensors to be on the same device" here.
output = model.generate(prompt, max_new_tokens=3, do_sample=False)
print(output.device)
# --8<-- [end:show]

assert output.shape[1] > 3 and output.device.type == "cuda"
