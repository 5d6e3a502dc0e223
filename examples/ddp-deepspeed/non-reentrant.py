# kb: output ddp-deepspeed/non-reentrant.txt
# Hidden: the test starts the shown script with `torchrun --nproc_per_node=2` on two CPU processes
# (gloo back-end, a free port) and prints what rank 0 printed. A tiny Llama is built from a config.
import os
import socket
import subprocess
import sys

if "LOCAL_RANK" not in os.environ:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", f"--master_port={port}", __file__]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS="1"))
    print(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    sys.exit(0)

import warnings

warnings.simplefilter("ignore", FutureWarning)  # 5.23 renames gradient_checkpointing_enable; the old name works
import torch
from transformers import LlamaConfig, LlamaForCausalLM

torch.manual_seed(0)
model = LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, num_key_value_heads=2))
input_ids = torch.randint(0, 128, (2, 8))

# --8<-- [start:show]
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo")
model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
model.train()
ddp_model = DDP(model, find_unused_parameters=True)
loss = ddp_model(input_ids=input_ids, labels=input_ids).loss
loss.backward()
if dist.get_rank() == 0:
    print("backward done on", dist.get_world_size(), "processes")
# --8<-- [end:show]
dist.destroy_process_group()
