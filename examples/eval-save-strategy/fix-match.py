# kb: output eval-save-strategy/fix-match.txt
# Hidden set-up: a tiny BERT classifier and an 8-example data set (nothing is downloaded).
import torch
from transformers import BertConfig, BertForSequenceClassification
from transformers.utils import logging

logging.disable_progress_bar()
torch.manual_seed(0)
model = BertForSequenceClassification(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2,
                                                 num_attention_heads=2, intermediate_size=37))
train_dataset = eval_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(8)]

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(
    output_dir="out", use_cpu=True, report_to="none", max_steps=4, per_device_train_batch_size=4,
    eval_strategy="steps", eval_steps=2,  # evaluate every 2 steps ...
    save_strategy="steps", save_steps=2,  # ... and save at the same steps (or a multiple of them)
    load_best_model_at_end=True,
    metric_for_best_model="eval_loss",  # a key that trainer.evaluate() returns
    save_total_limit=1,  # the best checkpoint is kept as well
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset, eval_dataset=eval_dataset)
trainer.train()
print("best checkpoint:", trainer.state.best_model_checkpoint)
# --8<-- [end:show]
