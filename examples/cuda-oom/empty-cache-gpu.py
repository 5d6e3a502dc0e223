# kb: gpu
# --8<-- [start:show]
import gc

import torch

outputs = torch.empty(2**30, dtype=torch.uint8, device="cuda")  # stands for tensors you still hold: 1 GiB
torch.cuda.empty_cache()  # frees nothing that a live tensor uses
print(torch.cuda.memory_allocated() / 2**30, "GiB allocated")

del outputs  # drop the references first (outputs, losses, old models) ...
gc.collect()
print(torch.cuda.memory_allocated() / 2**30, "GiB allocated")  # PyTorch can reuse this memory now
torch.cuda.empty_cache()  # ... then this only returns the cached blocks to the driver (nvidia-smi)
print(torch.cuda.memory_reserved() / 2**30, "GiB reserved")
# --8<-- [end:show]

assert torch.cuda.memory_allocated() < 2**29
assert torch.cuda.memory_reserved() < 2**29
