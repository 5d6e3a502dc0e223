# kb: raises NotImplementedError half-on-cpu/ctc-loss.txt
import torch

# --8<-- [start:show]
import torch

log_probs = torch.randn(5, 1, 4).log_softmax(-1).half()  # (time, batch, classes) in float16 on CPU
loss = torch.nn.functional.ctc_loss(log_probs, torch.tensor([[1, 2]]), [5], [2])
# --8<-- [end:show]
