# kb: output ddp-deepspeed/trainer-args.txt
# --8<-- [start:show]
from transformers import TrainingArguments

args = TrainingArguments(
    output_dir="out",
    gradient_checkpointing=True,
    gradient_checkpointing_kwargs={"use_reentrant": False},  # transformers 4.35+; the 5.x default
    ddp_find_unused_parameters=False,  # only if every parameter gets a gradient in each step
)
# --8<-- [end:show]
print(args.gradient_checkpointing_kwargs, args.ddp_find_unused_parameters)
