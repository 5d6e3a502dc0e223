# kb: gpu
# kb: raises OutOfMemoryError cuda-oom/oom-torch2.5.txt
# --8<-- [start:show]
import torch

free, total = torch.cuda.mem_get_info()
too_big = torch.empty(total * 4, dtype=torch.uint8, device="cuda")  # four times the whole GPU
# --8<-- [end:show]
