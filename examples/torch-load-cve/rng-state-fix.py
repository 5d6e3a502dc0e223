# kb: output torch-load-cve/rng-state-fix.txt
# Hidden set-up: the same rng_state.pth as rng-state.py.
import os
import random

import numpy as np
import torch

os.makedirs("checkpoint-500")
torch.save({"python": random.getstate(), "numpy": np.random.get_state(), "cpu": torch.random.get_rng_state()},
           "checkpoint-500/rng_state.pth")

# --8<-- [start:show]
import numpy as np
import torch

# the NumPy classes a Trainer checkpoint holds (NumPy 2 names them numpy._core, NumPy 1 numpy.core)
np_core = np._core if int(np.__version__.split(".")[0]) >= 2 else np.core
allowed = [np_core.multiarray._reconstruct, np.ndarray, np.dtype, type(np.dtype(np.uint32))]
with torch.serialization.safe_globals(allowed):
    rng_state = torch.load("checkpoint-500/rng_state.pth")  # or: trainer.train(resume_from_checkpoint=True)
print(sorted(rng_state))
# --8<-- [end:show]
