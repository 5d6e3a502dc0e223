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

os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"  # before importing torch

import torch
# --8<-- [end:show]

# torch parsed the option (a misspelt value such as "expandable_segments:Treu" raises here)
assert torch._C._accelerator_getAllocatorSettings() == "expandable_segments:True"
# and the option name is one torch's allocator knows (a CPU build ignores unknown keys, so look it up)
from pathlib import Path

libc10 = next((Path(torch.__file__).parent / "lib").glob("libc10.*"))
assert b"expandable_segments" in libc10.read_bytes() and b"PYTORCH_CUDA_ALLOC_CONF" in libc10.read_bytes()
