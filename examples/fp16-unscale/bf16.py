# Hidden set-up: a tiny BERT classifier saved locally and a few random examples.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(16)]

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

model = AutoModelForSequenceClassification.from_pretrained("my-model", dtype=torch.bfloat16)
args = TrainingArguments(
    output_dir="out",
    bf16=True,  # no loss scaling, so no GradScaler and no unscale step
    use_cpu=True,  # only so that this demo runs anywhere; leave it out on a GPU
    report_to="none",
    max_steps=2,
)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 2 and trainer.accelerator.scaler is None
