# kb: raises ImportError not-a-transformers-checkpoint/gguf-file.txt
# Hidden set-up: a folder with one GGUF file (a minimal valid GGUF v3 header naming the llama
# architecture). The test environment does not install the gguf package, so the load stops where it
# needs it. With `pip install gguf` and a real file, the same call dequantizes and loads the model.
import os
import struct


def _string(text):
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


os.makedirs("Llama-3.2-1B-GGUF")
metadata = _string("general.architecture") + struct.pack("<I", 8) + _string("llama")
with open("Llama-3.2-1B-GGUF/Llama-3.2-1B-Q4_K_M.gguf", "wb") as f:
    f.write(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + metadata)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("Llama-3.2-1B-GGUF", gguf_file="Llama-3.2-1B-Q4_K_M.gguf")
# --8<-- [end:show]
