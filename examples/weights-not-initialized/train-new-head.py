# Hidden set-up: a tiny BertForPreTraining saved as "bert-base-uncased" stands in for the downloaded
# base checkpoint, and a few random examples stand in for the reader's labelled data.
import torch
from transformers import BertConfig, BertForPreTraining

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForPreTraining(config).save_pretrained("bert-base-uncased")
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 3)} for i in range(12)]

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments
from transformers.utils import logging

labels = ["negative", "neutral", "positive"]
logging.set_verbosity_error()  # optional: hide the expected report about the new head
model = AutoModelForSequenceClassification.from_pretrained(
    "bert-base-uncased",
    num_labels=len(labels),
    id2label=dict(enumerate(labels)),
    label2id={label: i for i, label in enumerate(labels)},
)
logging.set_verbosity_warning()
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=2)
Trainer(model=model, args=args, train_dataset=train_dataset).train()  # the head learns here
model.save_pretrained("my-classifier")  # reloads later with no MISSING keys
# --8<-- [end:show]

from transformers import AutoModelForSequenceClassification as Auto

_, info = Auto.from_pretrained("my-classifier", output_loading_info=True)
assert not info["missing_keys"] and not info["mismatched_keys"], info
