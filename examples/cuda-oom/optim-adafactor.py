# Hidden set-up: a tiny BERT classifier and a handful of random examples stand in for the
# reader's model and data set, so that the fix runs in seconds on a CPU.
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
    optim="adafactor",  # far less optimizer state than AdamW; with bitsandbytes on a GPU: "adamw_bnb_8bit"
    use_cpu=True,  # only so that this demo runs anywhere; leave it out on a GPU
    report_to="none",
    max_steps=2,
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 2


def state_values(optimizer):
    return sum(t.numel() for s in optimizer.state.values() for t in s.values() if torch.is_tensor(t) and t.dim() > 0)


# AdamW keeps two values per weight; Adafactor keeps only row and column statistics of each matrix.
adamw = Trainer(
    model=model, train_dataset=train_dataset,
    args=TrainingArguments(output_dir="out2", optim="adamw_torch", use_cpu=True, report_to="none", max_steps=1),
)
adamw.train()
weights = sum(p.numel() for p in model.parameters())
assert state_values(adamw.optimizer) == 2 * weights
assert state_values(trainer.optimizer) < weights
