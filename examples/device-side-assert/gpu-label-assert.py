# kb: gpu
# kb: raises AcceleratorError device-side-assert/cuda-assert.txt
# kb: output device-side-assert/nll-assert.txt
import os
import re
import subprocess
import sys

import torch

if os.environ.get("KB_CUDA_CHILD") != "1":
    # After a device-side assert the CUDA context is unusable for the rest of the process, so the
    # example runs in a child Python; its output is passed on and its CUDA error re-raised as is.
    child = subprocess.run(
        [sys.executable, __file__], env=dict(os.environ, KB_CUDA_CHILD="1"), capture_output=True, text=True, timeout=300
    )
    sys.stderr.write(child.stdout + child.stderr)
    found = list(re.finditer(r"^(?:torch\.)?AcceleratorError: ", child.stderr, re.M))
    assert found, f"the child raised no torch.AcceleratorError:\n{child.stderr[-3000:]}"
    raise torch.AcceleratorError(child.stderr[found[-1].end():].rstrip())

# Hidden set-up: a tiny BERT checkpoint and tokenizer saved to ./tiny-bert (nothing is downloaded).
import pathlib

from transformers import BertConfig, BertModel, BertTokenizer

pathlib.Path("tiny-bert").mkdir()
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("tiny-bert/vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer(vocab="tiny-bert/vocab.txt").save_pretrained("tiny-bert")
torch.manual_seed(0)
config = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertModel(config).save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert", num_labels=2).to("cuda")

batch = tokenizer(["a good movie", "a very bad film"], padding=True, return_tensors="pt").to("cuda")
labels = torch.tensor([0, 5], device="cuda")  # 5 >= num_labels
loss = model(**batch, labels=labels).loss
print(loss.item())  # the GPU reports the failure here, or at a later CUDA call
# --8<-- [end:show]
