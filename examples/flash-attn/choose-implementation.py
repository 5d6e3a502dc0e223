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
from transformers.utils import is_flash_attn_2_available

# Flash Attention 2 where the package and a supported GPU are present, SDPA everywhere else
use_fa2 = is_flash_attn_2_available() and torch.cuda.is_available()
model = AutoModelForCausalLM.from_pretrained(
    "tiny-llama",
    dtype=torch.bfloat16,
    attn_implementation="flash_attention_2" if use_fa2 else "sdpa",
)
print(model.config._attn_implementation)
# --8<-- [end:show]

assert model.config._attn_implementation in ("flash_attention_2", "sdpa")
