# kb: output download-fails/anonymous-warning.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves a tiny public BERT and, like
# huggingface.co, adds an X-HF-Warning header to answers for requests without a token, which
# huggingface_hub logs once. The shown code runs in a fresh interpreter pointed at it, no token.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    sys.exit(run_script(__file__, {"google-bert/bert-base-uncased": Repo(files=tiny_model_files("bert"))},
                        warn_anonymous=True))

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")  # no token: works, with a warning
print("loaded", type(model).__name__)
# --8<-- [end:show]
