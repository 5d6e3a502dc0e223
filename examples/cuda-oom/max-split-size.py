# Hidden: the allocator reads PYTORCH_CUDA_ALLOC_CONF once, when torch starts, and the test
# process imported torch long ago; run the shown code in a fresh interpreter.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    env.pop("PYTORCH_CUDA_ALLOC_CONF", None)
    env.pop("PYTORCH_ALLOC_CONF", None)
    sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)

# --8<-- [start:show]
import os

# PyTorch 1.10 to 2.1 suggest this in the message: do not split cached blocks larger than 128 MiB
os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "max_split_size_mb:128"  # before importing torch

import torch
# --8<-- [end:show]

# torch parsed the option (values below 20 are refused with a ValueError at import)
assert torch._C._accelerator_getAllocatorSettings() == "max_split_size_mb:128"
