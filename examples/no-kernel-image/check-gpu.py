# kb: gpu
# Needs a CUDA GPU and a CUDA build of torch: skipped on CPU machines.
# --8<-- [start:show]
import torch

print("torch", torch.__version__, "built with CUDA", torch.version.cuda)
print("kernels for:", torch.cuda.get_arch_list())  # e.g. ['sm_75', 'sm_80', 'sm_86', 'sm_90', 'sm_100', 'sm_120']
major, minor = torch.cuda.get_device_capability(0)
print(torch.cuda.get_device_name(0), f"needs sm_{major}{minor}")
x = torch.ones(4, device="cuda")
print("a kernel ran:", (x + 1).sum().item())  # "no kernel image is available" here if the build lacks this GPU
# --8<-- [end:show]
