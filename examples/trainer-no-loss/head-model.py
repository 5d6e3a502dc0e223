# Hidden set-up: a tiny BERT saved locally stands in for a downloaded checkpoint.
import torch
from transformers import BertConfig, BertModel
from transformers.utils import logging

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertModel(config).save_pretrained("my-bert")
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(8)]
logging.set_verbosity_error()  # the new head's load report belongs to another page

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

# a task class adds the head, accepts labels and returns a loss
model = AutoModelForSequenceClassification.from_pretrained("my-bert", num_labels=2)
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=1)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

logging.set_verbosity_warning()
assert trainer.state.global_step == 1
