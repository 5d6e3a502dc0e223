# kb: output cuda-not-available/check-torch.txt
# Save as check_torch.py and run it with the same python that runs your script.
# --8<-- [start:show]
import torch

print(f"torch {torch.__version__}, built for CUDA {torch.version.cuda}")
print(f"CUDA available: {torch.cuda.is_available()}, GPUs: {torch.cuda.device_count()}")
if torch.version.cuda is None:
    print("CPU-only build: install torch from a CUDA wheel index")
elif not torch.cuda.is_available():
    print("CUDA build, but no usable GPU: check the driver (nvidia-smi) and the GPUs this process may see")
else:
    print("GPU 0:", torch.cuda.get_device_name(0), "compute capability", torch.cuda.get_device_capability(0))
# --8<-- [end:show]
