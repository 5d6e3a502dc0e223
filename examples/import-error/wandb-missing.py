# kb: raises RuntimeError import-error/wandb-missing.txt
# Hidden set-up: a tiny classifier built from a config (nothing is downloaded); wandb is not installed.
from transformers import BertConfig, BertForSequenceClassification

model = BertForSequenceClassification(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                                                 num_attention_heads=2, intermediate_size=32))

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(output_dir="out", report_to="wandb", use_cpu=True)
trainer = Trainer(model=model, args=args)  # the callback checks for wandb here
# --8<-- [end:show]
