# kb: raises TypeError import-error/correct-bias.txt
# Hidden set-up: a tiny model's parameters.
import torch

model = torch.nn.Linear(4, 2)

# --8<-- [start:show]
from torch.optim import AdamW

optimizer = AdamW(model.parameters(), lr=5e-5, correct_bias=False)  # a transformers.AdamW argument
# --8<-- [end:show]
