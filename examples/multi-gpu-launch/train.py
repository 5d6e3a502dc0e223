# kb: output multi-gpu-launch/rank-error.txt
# kb: output multi-gpu-launch/child-failed.txt
# Hidden: the shown part is the training script; the test starts it the way a reader does, with
# `torchrun --nproc_per_node=2` (python -m torch.distributed.run), on two CPU processes with the
# gloo back-end, on a free port, and prints what torchrun printed.
import os
import socket
import subprocess
import sys

if "LOCAL_RANK" not in os.environ:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    here = os.path.dirname(os.path.abspath(__file__))
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", f"--master_port={port}", "train.py"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=here, env=dict(os.environ, OMP_NUM_THREADS="1"))
    print(proc.stdout + proc.stderr)
    assert proc.returncode != 0
    sys.exit(0)

# --8<-- [start:show]
import torch.distributed as dist

dist.init_process_group("gloo")  # "nccl" on GPUs; accelerate and Trainer do this for you
if dist.get_rank() == 1:
    open("data/train.jsonl")  # a file that only one process cannot find, for example
dist.barrier()  # the other process waits here
# --8<-- [end:show]
