# kb: output offline/env-after-import.txt
# Hidden: the test process imported huggingface_hub with HF_HUB_OFFLINE=1 already set, so the
# shown code runs in a fresh interpreter that starts without the variable, like a reader's script.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env["KB_FRESH_INTERPRETER"] = "1"
    sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)

# --8<-- [start:show]
import os

import transformers  # reads HF_HUB_OFFLINE now, once
import huggingface_hub.constants

os.environ["HF_HUB_OFFLINE"] = "1"  # too late: nothing reads it again
print("offline mode:", huggingface_hub.constants.HF_HUB_OFFLINE)
# --8<-- [end:show]
