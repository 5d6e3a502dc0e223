# Hidden set-up: a tiny GPT-2 language model and four random examples stand in for the reader's
# model and evaluation set. Evaluation runs two steps of two examples on the CPU.
import numpy as np
import torch
from transformers import GPT2Config, GPT2LMHeadModel

torch.manual_seed(0)
model = GPT2LMHeadModel(GPT2Config(vocab_size=1000, n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2))
eval_dataset = []
for _ in range(4):
    ids = torch.randint(1, 1000, (16,))
    eval_dataset.append({"input_ids": ids, "labels": ids.clone()})

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments


def preprocess_logits_for_metrics(logits, labels):
    return logits.argmax(dim=-1)  # keep one token id per position, not the whole vocabulary


def compute_metrics(eval_pred):
    predictions, labels = eval_pred.predictions[:, :-1], eval_pred.label_ids[:, 1:]
    return {"accuracy": float((predictions == labels).mean())}


args = TrainingArguments(
    output_dir="out",
    per_device_eval_batch_size=2,
    eval_accumulation_steps=1,  # move predictions to the CPU after every step
    use_cpu=True,  # only so that this demo runs anywhere; leave it out on a GPU
    report_to="none",
)
trainer = Trainer(
    model=model,
    args=args,
    eval_dataset=eval_dataset,
    compute_metrics=compute_metrics,
    preprocess_logits_for_metrics=preprocess_logits_for_metrics,
)
print(trainer.evaluate())
# --8<-- [end:show]

# Without the preprocessing step, every position would carry vocab_size (here 1000) logits.
predictions = trainer.predict(eval_dataset).predictions
assert predictions.shape == (4, 16) and np.issubdtype(predictions.dtype, np.integer)
