# Hidden set-up: a tiny FNet checkpoint saved to ./tiny-fnet (nothing is downloaded).
import torch
from transformers import FNetConfig, FNetModel

torch.manual_seed(0)
FNetModel(FNetConfig(vocab_size=64, hidden_size=32, num_hidden_layers=1, intermediate_size=37)).save_pretrained("tiny-fnet")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-fnet", dtype=torch.float16)
model = model.float()  # back to float32 for the CPU (remove .half() calls copied from GPU code)
outputs = model(input_ids=torch.tensor([[1, 2, 3]]))
print(outputs.last_hidden_state.dtype)
# --8<-- [end:show]

assert outputs.last_hidden_state.dtype == torch.float32
