# kb: output trust-remote-code/prompt.txt
# Hidden: ./foo-model is a tiny model folder with custom code (config.json with auto_map,
# configuration_foo.py, modeling_foo.py; see kb/testing/fakehub.py). The shown code runs in a fresh
# interpreter whose standard input answers the prompt with "n", as a reader pressing n + Enter.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import custom_code_files, write_files

    write_files("foo-model", custom_code_files())
    proc = subprocess.run([sys.executable, __file__], env=dict(os.environ, KB_FRESH_INTERPRETER="1"), input=b"n\n")
    assert proc.returncode == 1, "answering n should end in the ValueError quoted on the page"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("foo-model")  # a model repo or folder with its own modeling code
# --8<-- [end:show]
