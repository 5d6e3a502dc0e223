# kb: gpu
# kb: raises ValueError fp16-unscale/unscale.txt
# Hidden set-up: a tiny BERT classifier saved locally and a few random examples.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(16)]

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained("my-model", dtype=torch.float16)
args = TrainingArguments(output_dir="out", fp16=True, report_to="none", max_steps=2)
Trainer(model=model, args=args, train_dataset=train_dataset).train()
# --8<-- [end:show]
