# Hidden set-up: a tiny Llama saved in bfloat16 stands in for the reader's model.
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
tiny = LlamaConfig(
    vocab_size=100, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128,
    bos_token_id=1, eos_token_id=2, pad_token_id=0,
)
LlamaForCausalLM(tiny).to(torch.bfloat16).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoConfig

config = AutoConfig.from_pretrained("tiny-llama")
head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
# keys and values, for every layer and key/value head, 2 bytes each in bf16/fp16
bytes_per_token = 2 * config.num_hidden_layers * config.num_key_value_heads * head_dim * 2

batch_size, prompt_tokens, max_new_tokens = 8, 2000, 1000
kv_cache = bytes_per_token * batch_size * (prompt_tokens + max_new_tokens)
print(f"{bytes_per_token / 2**10:.1f} KiB per token, {kv_cache / 2**30:.3f} GiB for this batch")
# --8<-- [end:show]

# The formula matches the cache generate() really builds (the last new token is not cached yet).
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype="auto")
out = model.generate(
    torch.tensor([[1, 5, 7, 9]] * 3), max_new_tokens=6, min_new_tokens=6, do_sample=False, return_dict_in_generate=True
)
cache = out.past_key_values
real = sum(t.numel() * t.element_size() for layer in cache.layers for t in (layer.keys, layer.values))
assert real == bytes_per_token * 3 * (4 + 6 - 1), (real, bytes_per_token)
