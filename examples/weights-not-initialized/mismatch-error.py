# kb: output weights-not-initialized/mismatch-error.txt
# Hidden: a tiny token classifier fine-tuned for 9 labels (like an NER checkpoint) is saved locally;
# the reader loads it for their own 5 labels. transformers 5.x lists the keys in set order, which
# changes with Python's hash seed, so the shown code runs in a fresh interpreter with a fixed seed;
# the bold escape codes of the report's first line are removed, as a terminal would render them.
import os
import re
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    from transformers import BertConfig, BertForTokenClassification

    config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=37, num_labels=9)
    BertForTokenClassification(config).save_pretrained("ner-model")
    env = dict(os.environ, KB_FRESH_INTERPRETER="1", PYTHONHASHSEED="0", COLUMNS="80")
    proc = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True)
    print(re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout + proc.stderr))
    assert proc.returncode == 1 and "RuntimeError: You set `ignore_mismatched_sizes`" in proc.stderr
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModelForTokenClassification

model = AutoModelForTokenClassification.from_pretrained("ner-model", num_labels=5)  # the checkpoint has 9
# --8<-- [end:show]
