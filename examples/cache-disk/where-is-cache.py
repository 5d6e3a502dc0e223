# kb: output cache-disk/where-is-cache.txt
# Hidden: HF_HOME names a folder on the big disk (a temporary folder here, /root/autodl-tmp/hf on
# an AutoDL machine); the shown code runs in a fresh interpreter started with it, the way
# `export HF_HOME=...` in the shell starts the reader's script.
import os
import subprocess
import sys
import tempfile

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items()
               if k not in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "TRANSFORMERS_CACHE", "HF_DATASETS_CACHE")}
        env.update(KB_FRESH_INTERPRETER="1", HF_HOME=os.path.join(tmp, "autodl-tmp", "hf"))
        sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)

# --8<-- [start:show]
from huggingface_hub import constants

print("HF_HOME:     ", constants.HF_HOME)
print("model cache: ", constants.HF_HUB_CACHE)
# --8<-- [end:show]
