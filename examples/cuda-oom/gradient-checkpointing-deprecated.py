# kb: output cuda-oom/gradient-checkpointing-deprecated.txt
# --8<-- [start:show]
from transformers import TrainingArguments

# The older name still works in 5.23, with a FutureWarning
args = TrainingArguments(output_dir="out", gradient_checkpointing=True, report_to="none")
# --8<-- [end:show]

assert args.activation_checkpointing
