# kb: output cache-disk/cache-ls-missing.txt
# Hidden: runs the `hf cache ls` command line of the installed huggingface_hub with HF_HUB_CACHE pointing
# at a folder that does not exist (a typo, a disk that is not mounted, or nothing downloaded there yet).
# NO_COLOR=1 keeps the colour codes out of the quoted text. The command exits with status 1.
import os
import subprocess
import sys
import tempfile
from pathlib import Path

hf = Path(sys.executable).with_name("hf")
with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, NO_COLOR="1", HF_HUB_CACHE=str(Path(tmp) / "data" / ".cache" / "huggingface" / "hub"))
    result = subprocess.run([str(hf), "cache", "ls"], env=env, capture_output=True, text=True, timeout=120)
assert result.returncode == 1, result
print(result.stdout + result.stderr, end="")
