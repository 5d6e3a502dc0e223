# kb: raises OSError safetensors-header/directory.txt
# Hidden: a folder named like the weights file stands in for a path that names a directory (a tool's
# setting pointing at the folder instead of the file inside it).
import os

os.makedirs("loras/my-lora.safetensors")

# --8<-- [start:show]
from safetensors.torch import load_file

state_dict = load_file("loras/my-lora.safetensors")  # a folder, not a file
# --8<-- [end:show]
