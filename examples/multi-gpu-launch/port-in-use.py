# kb: raises DistNetworkError multi-gpu-launch/port-in-use.txt
# Hidden: a socket bound to a free port stands in for an earlier training run that still holds the
# port; the TCPStore is the first thing torchrun and accelerate launch start on the main port.
import socket
from datetime import timedelta

busy = socket.create_server(("127.0.0.1", 0))
port = busy.getsockname()[1]

# --8<-- [start:show]
import torch.distributed as dist

# what torchrun / accelerate launch start first on --master_port / --main_process_port (29500)
store = dist.TCPStore("127.0.0.1", port, world_size=2, is_master=True, timeout=timedelta(seconds=10))
# --8<-- [end:show]
