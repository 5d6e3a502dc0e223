# Hidden set-up: a tiny Llama whose weights are frozen except the attention query projections,
# which stand in for LoRA adapters (peft is not needed to show the mechanism).
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
config = LlamaConfig(vocab_size=100, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                     num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64)
input_ids = torch.randint(1, 100, (2, 8))


def adapter_like_model():
    model = LlamaForCausalLM(config)
    model.requires_grad_(False)
    for layer in model.model.layers:
        layer.self_attn.q_proj.requires_grad_(True)
    return model


# Without the hook (5.x adds it itself in gradient_checkpointing_enable: remove it to see 4.x
# behaviour), reentrant checkpointing leaves the loss without a gradient path.
broken = adapter_like_model()
broken.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": True})
broken.disable_input_require_grads()
broken.train()
try:
    broken(input_ids=input_ids, labels=input_ids).loss.backward()
except RuntimeError as err:
    assert "does not require grad" in str(err)
else:
    raise AssertionError("expected the no-grad error without enable_input_require_grads")

model = adapter_like_model()

# --8<-- [start:show]
model.enable_input_require_grads()  # the embedding output now requires grad
model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": True})  # as in 4.x
model.train()
loss = model(input_ids=input_ids, labels=input_ids).loss
loss.backward()
# --8<-- [end:show]

q = model.model.layers[0].self_attn.q_proj.weight
assert q.grad is not None and q.grad.abs().sum() > 0

