# kb: raises KeyError eval-save-strategy/metric-not-found.txt
# Hidden set-up: a tiny BERT classifier and an 8-example data set (nothing is downloaded).
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
model = BertForSequenceClassification(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2,
                                                 num_attention_heads=2, intermediate_size=37))
train_dataset = eval_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(8)]

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(
    output_dir="out", use_cpu=True, report_to="none", max_steps=2,
    eval_strategy="steps", eval_steps=1, save_steps=1,
    load_best_model_at_end=True,
    metric_for_best_model="accuracy",  # but no compute_metrics returns an accuracy
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset, eval_dataset=eval_dataset)
trainer.train()
# --8<-- [end:show]
