# Hidden set-up: a tiny Llama saved in bfloat16 stands in for a downloaded checkpoint
# (most current LLM checkpoints are stored in bf16). Nothing is downloaded.
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(
    vocab_size=100, hidden_size=64, intermediate_size=96, num_hidden_layers=2,
    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128,
)
LlamaForCausalLM(config).to(torch.bfloat16).save_pretrained("tiny-llama")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

# dtype="auto": keep the dtype the checkpoint was saved in (bf16 here) instead of float32.
# transformers 4.55 and older call the argument torch_dtype.
model = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype="auto")
print(model.dtype, f"{model.get_memory_footprint() / 2**20:.2f} MiB")
# --8<-- [end:show]

# float32 needs twice the memory for the same weights: what 4.x loads when no dtype is given
fp32 = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype=torch.float32)
assert model.dtype == torch.bfloat16
assert fp32.get_memory_footprint(return_buffers=False) == 2 * model.get_memory_footprint(return_buffers=False)
# transformers 5.x already loads the checkpoint's dtype when no dtype is given
assert AutoModelForCausalLM.from_pretrained("tiny-llama").dtype == torch.bfloat16
