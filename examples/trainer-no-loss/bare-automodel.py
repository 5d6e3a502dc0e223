# kb: raises ValueError trainer-no-loss/bare-automodel.txt
# Hidden set-up: a tiny BERT saved locally stands in for a downloaded checkpoint.
import torch
from transformers import BertConfig, BertModel

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertModel(config).save_pretrained("my-bert")
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(8)]

# --8<-- [start:show]
from transformers import AutoModel, Trainer, TrainingArguments

model = AutoModel.from_pretrained("my-bert")  # the encoder only: no head, no labels argument, no loss
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=1)
Trainer(model=model, args=args, train_dataset=train_dataset).train()
# --8<-- [end:show]
