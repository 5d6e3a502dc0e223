# kb: raises RuntimeError dtype-mismatch/matmul.txt
import torch

# --8<-- [start:show]
import torch

hidden = torch.randn(2, 4, 8, dtype=torch.float16)  # e.g. outputs of a model loaded in float16
projection = torch.randn(8, 3)  # a tensor you made yourself: float32
scores = hidden[:, 0] @ projection
# --8<-- [end:show]
