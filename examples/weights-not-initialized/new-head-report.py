# kb: output weights-not-initialized/new-head-report.txt
# Hidden: transformers 5.x lists the keys in set order, which changes with Python's hash seed, so the
# shown code runs in a fresh interpreter with a fixed seed. The report's first line is made bold with
# terminal escape codes even when the output is not a terminal; they are removed here, as a terminal
# would render them. A tiny BertForPreTraining saved as "bert-base-uncased" in the working directory
# stands in for the downloaded checkpoint (it has the same pre-training head, cls.*).
import os
import re
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    from transformers import BertConfig, BertForPreTraining

    config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
    BertForPreTraining(config).save_pretrained("bert-base-uncased")
    env = dict(os.environ, KB_FRESH_INTERPRETER="1", PYTHONHASHSEED="0", COLUMNS="80")
    proc = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True)
    print(re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout + proc.stderr))
    sys.exit(proc.returncode)

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
# --8<-- [end:show]
