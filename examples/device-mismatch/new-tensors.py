import torch

# --8<-- [start:show]
import torch


class MeanPooling(torch.nn.Module):
    def forward(self, hidden, attention_mask):
        # New tensors inside forward: create them on the device (and in the dtype) of the inputs
        weights = torch.ones(hidden.shape[1], device=hidden.device, dtype=hidden.dtype)
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype) * weights.unsqueeze(-1)
        return (hidden * mask).sum(1) / mask.sum(1)


device = "cuda" if torch.cuda.is_available() else "cpu"
hidden = torch.randn(2, 5, 8, device=device)
pooled = MeanPooling()(hidden, torch.ones(2, 5, dtype=torch.long, device=device))
print(pooled.device.type)
# --8<-- [end:show]

assert pooled.shape == (2, 8)
