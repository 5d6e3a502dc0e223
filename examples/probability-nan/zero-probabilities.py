# kb: raises RuntimeError probability-nan/zero-probabilities.txt
# --8<-- [start:show]
import torch

probs = torch.zeros(1, 5)  # e.g. a custom sampling loop that removed every token
next_token = torch.multinomial(probs, num_samples=1)
# --8<-- [end:show]
