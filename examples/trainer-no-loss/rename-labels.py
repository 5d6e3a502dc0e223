# Hidden set-up: a tiny BERT classifier and a few random examples with the label under "target".
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)
rows = [{"input_ids": torch.randint(1, 100, (8,)), "target": torch.tensor(i % 2)} for i in range(8)]

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

# with a datasets.Dataset: train_dataset = dataset.rename_column("target", "labels")
train_dataset = [{"input_ids": row["input_ids"], "labels": row["target"]} for row in rows]
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=1)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 1
assert trainer.state.log_history[-1]["train_loss"] > 0
