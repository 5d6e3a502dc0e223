# kb: output trust-remote-code/trust-every-call.txt
# Hidden: ./foo-model is a tiny model folder with custom code (see kb/testing/fakehub.py).
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import custom_code_files, write_files

write_files("foo-model", custom_code_files())

# --8<-- [start:show]
from transformers import AutoConfig, AutoModel

# after reading configuration_*.py and modeling_*.py in the repo or folder:
config = AutoConfig.from_pretrained("foo-model", trust_remote_code=True)
model = AutoModel.from_pretrained("foo-model", trust_remote_code=True)
print("loaded", type(model).__name__, "from", type(model).__module__)
# --8<-- [end:show]
