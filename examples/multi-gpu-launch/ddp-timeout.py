# --8<-- [start:show]
from datetime import timedelta

from accelerate import Accelerator
from accelerate.utils import InitProcessGroupKwargs
from transformers import TrainingArguments

# Trainer: seconds to wait in a collective before the watchdog gives up (default 1800)
args = TrainingArguments(output_dir="out", ddp_timeout=7200, report_to="none")

# a script of your own with Accelerate
accelerator = Accelerator(kwargs_handlers=[InitProcessGroupKwargs(timeout=timedelta(hours=2))])
# --8<-- [end:show]

assert args.ddp_timeout == 7200
