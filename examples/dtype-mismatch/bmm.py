# kb: raises RuntimeError dtype-mismatch/bmm.txt
import torch

# --8<-- [start:show]
import torch

queries = torch.randn(2, 4, 8)  # float32
keys = torch.randn(2, 4, 8, dtype=torch.float16)
attention = torch.bmm(queries, keys.transpose(1, 2))
# --8<-- [end:show]
