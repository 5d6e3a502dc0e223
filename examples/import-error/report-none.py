# kb: output import-error/report-none.txt
# Hidden set-up: a tiny classifier built from a config; no logging integration is installed.
from transformers import BertConfig, BertForSequenceClassification

model = BertForSequenceClassification(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                                                 num_attention_heads=2, intermediate_size=32))

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(output_dir="out", report_to="none", use_cpu=True)  # no wandb, no tensorboard
trainer = Trainer(model=model, args=args)
print("loggers:", [type(cb).__name__ for cb in trainer.callback_handler.callbacks])
# --8<-- [end:show]
