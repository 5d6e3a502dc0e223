# kb: raises ValueError eval-save-strategy/ratio-steps.txt
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(
    output_dir="out",
    load_best_model_at_end=True,
    eval_strategy="steps",
    eval_steps=0.1,  # a fraction of the total steps
    save_steps=500,  # an absolute number of steps
)
# --8<-- [end:show]
