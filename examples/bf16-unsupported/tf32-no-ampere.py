# kb: raises ValueError bf16-unsupported/tf32-no-ampere.txt
# This example shows a machine without a usable GPU. On a GPU machine it re-runs itself in a child
# Python with the GPU hidden (CUDA_VISIBLE_DEVICES="") and re-raises the child's ValueError.
import os
import re
import subprocess
import sys

import torch

if torch.cuda.is_available() and os.environ.get("CUDA_VISIBLE_DEVICES") != "":
    child = subprocess.run([sys.executable, __file__], env=dict(os.environ, CUDA_VISIBLE_DEVICES=""),
                           capture_output=True, text=True, timeout=300)
    found = list(re.finditer(r"^ValueError: ", child.stderr, re.M))
    assert found, f"the child raised no ValueError:\n{child.stderr[-3000:]}"
    raise ValueError(child.stderr[found[-1].end():].rstrip())
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(output_dir="out", tf32=True, report_to="none")
# --8<-- [end:show]
