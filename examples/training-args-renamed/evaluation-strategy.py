# kb: raises TypeError training-args-renamed/evaluation-strategy.txt
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(output_dir="out", evaluation_strategy="steps")
# --8<-- [end:show]
