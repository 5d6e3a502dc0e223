# Hidden set-up: a tiny Llama whose weights are frozen except the attention query projections,
# which stand in for LoRA adapters.
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=100, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                     num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64)
model = LlamaForCausalLM(config)
model.requires_grad_(False)
for layer in model.model.layers:
    layer.self_attn.q_proj.requires_grad_(True)
input_ids = torch.randint(1, 100, (2, 8))

# --8<-- [start:show]
# transformers >= 4.35; with Trainer: TrainingArguments(gradient_checkpointing_kwargs={"use_reentrant": False})
model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
# --8<-- [end:show]

model.disable_input_require_grads()  # prove that non-reentrant checkpointing needs no hook
model.train()
model(input_ids=input_ids, labels=input_ids).loss.backward()
q = model.model.layers[0].self_attn.q_proj.weight
assert q.grad is not None and q.grad.abs().sum() > 0
