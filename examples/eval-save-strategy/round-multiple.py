# kb: raises ValueError eval-save-strategy/round-multiple.txt
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(
    output_dir="out",
    load_best_model_at_end=True,
    eval_strategy="steps",
    eval_steps=200,
    save_steps=500,  # not a multiple of 200: checkpoint 500 was never evaluated
)
# --8<-- [end:show]
