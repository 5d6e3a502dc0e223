# kb: gpu
# Hidden set-up: a tiny BERT classifier saved locally and a few random examples.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).half().save_pretrained("my-model")  # a float16 checkpoint
train_dataset = [{"input_ids": torch.randint(1, 100, (8,)), "labels": torch.tensor(i % 2)} for i in range(16)]

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

# float32 weights; without dtype= Transformers 5 would keep a float16 checkpoint in float16
model = AutoModelForSequenceClassification.from_pretrained("my-model", dtype=torch.float32)
args = TrainingArguments(output_dir="out", fp16=True, report_to="none", max_steps=2)  # fp16 compute
trainer = Trainer(model=model, args=args, train_dataset=train_dataset)
trainer.train()
# --8<-- [end:show]

assert model.dtype == torch.float32
assert trainer.state.global_step == 2 and trainer.accelerator.scaler is not None
