# kb: raises RuntimeError cuda-not-available/accelerator-index.txt
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded); CPU build of torch.
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# a GPU number instead of a name: device_map={"": 0}, model.to(0), torch.device(0)
model = AutoModelForCausalLM.from_pretrained("tiny-llama", device_map={"": 0})
# --8<-- [end:show]
