# kb: gpu
# Needs a CUDA GPU and the bitsandbytes package (pip install bitsandbytes).
# Hidden set-up: a tiny BERT classifier and a handful of random examples stand in for the
# reader's model and data set, so that the fix runs in seconds.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(32)]

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(
    output_dir="out",
    optim="adamw_bnb_8bit",  # AdamW with 8-bit state; "paged_adamw_8bit" also pages it out under pressure
    report_to="none",
    max_steps=2,
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 2
assert "8bit" in type(trainer.optimizer.optimizer).__name__
