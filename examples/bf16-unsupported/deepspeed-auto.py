# --8<-- [start:show]
import json

# DeepSpeed config: let the Trainer's fp16/bf16 arguments decide instead of hard-coding bf16
ds_config = {
    "fp16": {"enabled": "auto"},
    "bf16": {"enabled": "auto"},
    "zero_optimization": {"stage": 2},
    "train_micro_batch_size_per_gpu": "auto",
    "gradient_accumulation_steps": "auto",
}
with open("ds_config.json", "w") as f:
    json.dump(ds_config, f, indent=2)
# then: TrainingArguments(..., fp16=True, deepspeed="ds_config.json") on a V100 or T4
# --8<-- [end:show]

assert json.load(open("ds_config.json"))["bf16"]["enabled"] == "auto"
