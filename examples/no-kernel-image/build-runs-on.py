# kb: output no-kernel-image/build-runs-on.txt
# The arch lists are those of torch 2.13.0's cu126 and cu130 builds for x86_64
# (PYTORCH_RELEASES_CODE_CC in torch/cuda/__init__.py of torch 2.13.0).
# --8<-- [start:show]
def build_runs_on(arch_list, capability):
    """Does a torch build with these kernels (torch.cuda.get_arch_list()) run on a GPU of this capability?"""
    major, minor = capability
    for arch in arch_list:
        kind, _, number = arch.partition("_")  # "sm_86" -> ("sm", "86"); "compute_90" -> ("compute", "90")
        arch_major, arch_minor = int(number[:-1]), int(number[-1])
        if kind == "sm" and arch_major == major and arch_minor <= minor:
            return True  # machine code runs on the same major version, same or newer minor
        if kind == "compute" and (arch_major, arch_minor) <= (major, minor):
            return True  # PTX is compiled for newer GPUs when first used
    return False


cu126 = ["sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"]
cu130 = ["sm_75", "sm_80", "sm_86", "sm_90", "sm_100", "sm_120"]
print("RTX 5090 (12, 0) on a cu126 build:", build_runs_on(cu126, (12, 0)))
print("RTX 4090 (8, 9) on a cu126 build:", build_runs_on(cu126, (8, 9)))
print("GTX 1080 (6, 1) on a cu130 build:", build_runs_on(cu130, (6, 1)))
print("RTX 5090 (12, 0) on a cu130 build:", build_runs_on(cu130, (12, 0)))
# --8<-- [end:show]
