# kb: raises RuntimeError half-on-cpu/fnet-fft-bf16.txt
# Hidden set-up: a tiny FNet checkpoint saved to ./tiny-fnet (nothing is downloaded).
import torch
from transformers import FNetConfig, FNetModel

torch.manual_seed(0)
FNetModel(FNetConfig(vocab_size=64, hidden_size=32, num_hidden_layers=1, intermediate_size=37)).save_pretrained("tiny-fnet")

# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-fnet", dtype=torch.bfloat16)  # bf16 has no CPU FFT either
outputs = model(input_ids=torch.tensor([[1, 2, 3]]))
# --8<-- [end:show]
