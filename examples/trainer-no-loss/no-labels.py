# kb: raises ValueError trainer-no-loss/no-labels.txt
# Hidden set-up: a tiny BERT classifier and a few random examples stand in for the reader's model
# and data set. The label column is called "target", a name the model's forward() does not know.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = BertForSequenceClassification(config)

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "target": torch.tensor(i % 2)} for i in range(8)]
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=1)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()  # "target" is dropped before the batch reaches the model: no labels, no loss
# --8<-- [end:show]
