# kb: output cache-disk/transformers-cache-warning.txt
# kb: env tf
# Hidden: transformers 4.57.6 (the TensorFlow environment). TRANSFORMERS_CACHE is set before the
# import, as an old .bashrc or a notebook's first cell sets it; the shown code runs in a fresh
# interpreter started with it.
import os
import subprocess
import sys
import tempfile

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, KB_FRESH_INTERPRETER="1", TRANSFORMERS_CACHE=os.path.join(tmp, "cache"))
        sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)

# --8<-- [start:show]
import transformers  # 4.x, with TRANSFORMERS_CACHE set in the environment

print(transformers.__version__)
# --8<-- [end:show]
