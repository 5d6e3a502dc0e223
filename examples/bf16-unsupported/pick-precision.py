# --8<-- [start:show]
import torch
from transformers import TrainingArguments

has_gpu = torch.cuda.is_available()
# bf16 and tf32 are fast from compute capability 8.0 (Ampere) on. torch.cuda.is_bf16_supported()
# also answers True on a T4 or V100 with PyTorch 2.3+, where bf16 is only emulated (slow).
ampere = has_gpu and torch.cuda.get_device_capability()[0] >= 8

args = TrainingArguments(
    output_dir="out",
    bf16=ampere,                   # A100, A10, RTX 30xx/40xx, H100 ...
    fp16=has_gpu and not ampere,   # V100, T4, RTX 20xx, P100 ...
    tf32=True if ampere else None,  # None: leave PyTorch's default alone
    use_cpu=not has_gpu,
    report_to="none",
)
print(args.bf16, args.fp16, args.tf32)
# --8<-- [end:show]

assert not (args.bf16 and args.fp16)
