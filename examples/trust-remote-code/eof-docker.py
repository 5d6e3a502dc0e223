# kb: output trust-remote-code/eof-docker.txt
# Hidden: as prompt.py, but the fresh interpreter has no input at all (stdin is /dev/null), as in a
# Docker container, a CI job or a service started without a terminal.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import custom_code_files, write_files

    write_files("foo-model", custom_code_files())
    proc = subprocess.run([sys.executable, __file__], env=dict(os.environ, KB_FRESH_INTERPRETER="1"),
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, "without input the prompt should end in the errors quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("foo-model")  # run with no terminal: docker run, CI, nohup
# --8<-- [end:show]
