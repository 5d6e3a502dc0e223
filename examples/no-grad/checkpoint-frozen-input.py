# kb: raises RuntimeError no-grad/no-grad.txt
# kb: output no-grad/checkpoint-warning.txt
# The mechanism behind the gradient checkpointing case, in plain PyTorch: a frozen embedding feeds
# a layer that is checkpointed the reentrant way (the transformers 4.x default).
import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)

# --8<-- [start:show]
embeddings = torch.nn.Embedding(100, 32).requires_grad_(False)  # frozen, as with LoRA
layer = torch.nn.Linear(32, 32)  # trainable, like an adapter inside a layer

hidden = embeddings(torch.tensor([[1, 2, 3]]))  # requires_grad=False
out = checkpoint(layer, hidden, use_reentrant=True)  # sees no input that needs a gradient
out.sum().backward()
# --8<-- [end:show]
