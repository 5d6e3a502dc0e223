# kb: raises ValueError eval-save-strategy/mismatch.txt
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(
    output_dir="out",
    load_best_model_at_end=True,
    eval_strategy="epoch",  # evaluates once per epoch, but saving stays at its default, "steps"
)
# --8<-- [end:show]
