# kb: raises Exception torch-load-cve/rng-state.txt
# Hidden set-up: a checkpoint's rng_state.pth as Trainer writes it (the Python, NumPy and torch random
# states). Transformers older than 4.47 and trainers that override the resume load it with a bare
# torch.load, which torch 2.6 and later refuse because of the NumPy array inside.
import os
import random

import numpy as np
import torch

os.makedirs("checkpoint-500")
torch.save({"python": random.getstate(), "numpy": np.random.get_state(), "cpu": torch.random.get_rng_state()},
           "checkpoint-500/rng_state.pth")

# --8<-- [start:show]
import torch

rng_state = torch.load("checkpoint-500/rng_state.pth")  # what Trainer < 4.47 did when resuming
# --8<-- [end:show]
