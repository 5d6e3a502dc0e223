# kb: output torch-too-old/check-versions.txt
# --8<-- [start:show]
import torch
import transformers
from transformers.utils import is_torch_available

print("torch", torch.__version__, "| transformers", transformers.__version__)
print("Transformers uses this torch:", is_torch_available())
# --8<-- [end:show]
