# kb: output download-fails/no-content-length-upgraded.txt
# Hidden: the same fake mirror as no-content-length.py (HEAD answers without Content-Length), with
# huggingface_hub 2.4.0: for a file not stored with Xet the size is taken from the download itself.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script

    status = run_script(__file__, {"google-bert/bert-base-uncased": Repo(files={"config.json": '{"model_type": "bert"}'},
                                                                         head_content_length=False)})
    sys.exit(status)

# --8<-- [start:show]
import huggingface_hub
from transformers import AutoConfig

print("huggingface_hub", huggingface_hub.__version__)
config = AutoConfig.from_pretrained("google-bert/bert-base-uncased")  # same mirror as above
print("loaded", config.model_type)
# --8<-- [end:show]
