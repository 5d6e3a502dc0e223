# kb: raises ValueError input-ids-or-embeds/have-to-specify.txt
import torch
from transformers import GPT2Config, GPT2Model

# Hidden set-up: a tiny random GPT-2 saved to ./tiny-gpt2 (nothing is downloaded).
torch.manual_seed(0)
GPT2Model(GPT2Config(vocab_size=20, n_embd=32, n_layer=1, n_head=2, bos_token_id=0, eos_token_id=0)).save_pretrained("tiny-gpt2")
# --8<-- [start:show]
import torch
from transformers import AutoModel

model = AutoModel.from_pretrained("tiny-gpt2")
outputs = model(attention_mask=torch.tensor([[1, 1, 1]]))  # a mask but no input_ids
# --8<-- [end:show]
