# kb: raises ImportError quantization-setup/bnb-missing.txt
# (on a machine where bitsandbytes is not installed)
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=37, num_hidden_layers=1,
                     num_attention_heads=2, num_key_value_heads=2)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, BitsAndBytesConfig

model = AutoModelForCausalLM.from_pretrained(
    "tiny-llama", quantization_config=BitsAndBytesConfig(load_in_4bit=True)
)
# --8<-- [end:show]
