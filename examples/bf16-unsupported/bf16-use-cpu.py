# --8<-- [start:show]
from transformers import TrainingArguments

# bf16 mixed precision on the CPU itself: say so with use_cpu=True
args = TrainingArguments(output_dir="out", bf16=True, use_cpu=True, report_to="none")
print(args.bf16, args.use_cpu)
# --8<-- [end:show]

assert args.bf16 and args.use_cpu
