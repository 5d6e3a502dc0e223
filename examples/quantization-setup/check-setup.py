# --8<-- [start:show]
import importlib.metadata

import torch

print("torch", torch.__version__, "CUDA available:", torch.cuda.is_available())
for package in ("bitsandbytes", "accelerate", "optimum", "gptqmodel"):
    try:
        print(package, importlib.metadata.version(package))
    except importlib.metadata.PackageNotFoundError:
        print(package, "not installed")
# --8<-- [end:show]
