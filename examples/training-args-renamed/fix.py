# kb: output training-args-renamed/fix.txt
# The arguments as transformers 5.x names them (works from 5.15 on; see the table for older releases).
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(
    output_dir="out",
    eval_strategy="steps",            # was evaluation_strategy
    eval_steps=50,
    per_device_train_batch_size=8,    # was per_gpu_train_batch_size
    use_cpu=True,                     # was no_cuda
    warmup_steps=0.1,                 # was warmup_ratio=0.1 (a float below 1 is a ratio)
    optim="adafactor",                # was adafactor=True
    hub_token=None,                   # was push_to_hub_token
    include_for_metrics=["inputs"],   # was include_inputs_for_metrics=True
    report_to="none",
)
print(args.eval_strategy, args.warmup_steps, args.optim)
# --8<-- [end:show]
