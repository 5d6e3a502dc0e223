# kb: raises ValueError bf16-unsupported/bf16-no-gpu.txt
# Runs on a machine without a CUDA GPU (on a GPU older than Ampere the message gets one more sentence).
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(output_dir="out", bf16=True, report_to="none")
# --8<-- [end:show]
