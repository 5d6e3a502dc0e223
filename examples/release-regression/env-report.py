# kb: output release-regression/env-report.txt
# The versions to put at the top of a bug report (and to compare between a working and a broken
# environment). Runs on the test environment: transformers 5.23.0, torch 2.13.0.
# --8<-- [start:show]
import platform
from importlib.metadata import PackageNotFoundError, version

print("python", platform.python_version())
for package in ["transformers", "torch", "tokenizers", "huggingface_hub", "accelerate", "safetensors"]:
    try:
        print(package, version(package))
    except PackageNotFoundError:
        print(package, "not installed")
# --8<-- [end:show]
