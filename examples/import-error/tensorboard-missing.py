# kb: raises RuntimeError import-error/tensorboard-missing.txt
# Hidden set-up: a tiny classifier built from a config; neither tensorboard nor tensorboardX is installed.
from transformers import BertConfig, BertForSequenceClassification

model = BertForSequenceClassification(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                                                 num_attention_heads=2, intermediate_size=32))

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(output_dir="out", report_to="tensorboard", use_cpu=True)
trainer = Trainer(model=model, args=args)
# --8<-- [end:show]
