# kb: raises ValueError bf16-unsupported/tf32-no-ampere.txt
# Runs on a machine without an Ampere or newer GPU.
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(output_dir="out", tf32=True, report_to="none")
# --8<-- [end:show]
