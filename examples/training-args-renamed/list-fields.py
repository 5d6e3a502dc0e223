# kb: output training-args-renamed/list-fields.txt
# --8<-- [start:show]
import dataclasses

import transformers
from transformers import TrainingArguments

names = {f.name for f in dataclasses.fields(TrainingArguments) if f.init}
print(transformers.__version__, len(names), "arguments")
for old in ["evaluation_strategy", "eval_strategy", "overwrite_output_dir", "warmup_ratio"]:
    print(f"{old:24}", "accepted" if old in names else "not accepted")
# --8<-- [end:show]
