# kb: output multi-gpu-launch/standalone.txt
# Hidden: the test starts the shown script with `torchrun --standalone --nproc_per_node=2` on two
# CPU processes (gloo back-end) while another socket holds port 29500, and prints its output.
import os
import socket
import subprocess
import sys

if "LOCAL_RANK" not in os.environ:
    try:
        busy = socket.create_server(("127.0.0.1", 29500))  # like an earlier run on the default port
    except OSError:
        busy = None  # already taken on this machine: just as good
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", __file__]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS="1"))
    print(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    sys.exit(0)

# --8<-- [start:show]
import torch
import torch.distributed as dist

dist.init_process_group("gloo")  # "nccl" on GPUs
total = torch.tensor([dist.get_rank() + 1])
dist.all_reduce(total)  # 1 + 2 on two processes
if dist.get_rank() == 0:
    print(f"{dist.get_world_size()} processes, all_reduce gave {total.item()}")
dist.destroy_process_group()
# --8<-- [end:show]
