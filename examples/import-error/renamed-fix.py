# Replacements for names that newer releases removed; each line runs on transformers 5.x.
import torch
from transformers import BertConfig, BertForMaskedLM

model = BertForMaskedLM(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37))

# --8<-- [start:show]
from torch.optim import AdamW  # instead of: from transformers import AdamW
from transformers import AutoModelForCausalLM  # instead of AutoModelWithLMHead (or AutoModelForMaskedLM / AutoModelForSeq2SeqLM)
from transformers import ImageGPTImageProcessor  # instead of ImageGPTFeatureExtractor
from transformers import get_linear_schedule_with_warmup  # still in transformers

optimizer = AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
scheduler = get_linear_schedule_with_warmup(optimizer, num_warmup_steps=10, num_training_steps=100)
# --8<-- [end:show]

assert isinstance(optimizer, torch.optim.AdamW)
assert scheduler.get_last_lr() == [0.0]
assert AutoModelForCausalLM.__name__ == "AutoModelForCausalLM" and ImageGPTImageProcessor.__name__ == "ImageGPTImageProcessor"
