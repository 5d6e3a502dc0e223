# kb: output padding-mask/gpt2-warning.txt
# Hidden set-up: a tiny random GPT-2 classifier (nothing is downloaded). The warning is printed once
# per process, so forget earlier ones and make sure warnings are shown.
import torch
from transformers import GPT2Config, GPT2ForSequenceClassification
from transformers.utils import logging

logging.warning_once.cache_clear()
logging.set_verbosity_warning()
torch.manual_seed(0)
config = GPT2Config(vocab_size=100, n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2)
GPT2ForSequenceClassification(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("tiny-gpt2", pad_token_id=0)
batch = torch.tensor([[5, 6, 7], [5, 0, 0]])  # second row padded with 0
logits = model(input_ids=batch).logits  # no attention_mask: GPT-2 warns
# --8<-- [end:show]
