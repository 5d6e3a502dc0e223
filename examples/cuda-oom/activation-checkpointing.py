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
    activation_checkpointing=True,  # transformers 5.23+; 4.x and 5.0-5.22: gradient_checkpointing=True
    use_cpu=True,  # only so that this demo runs anywhere; leave it out on a GPU
    report_to="none",
    max_steps=2,
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 2
assert model.is_activation_checkpointing
