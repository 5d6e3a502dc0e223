# kb: output no-lm-head/bert-lm-output.txt
import pathlib

import torch
from transformers import BertConfig, BertForSequenceClassification, BertTokenizer
from transformers.utils import logging

# Hidden set-up: a tiny BERT classifier saved to ./tiny-bert (nothing is downloaded). The load report
# and the warnings are silenced here; the page quotes the warning.
logging.set_verbosity_error()
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-bert")
torch.manual_seed(0)
config = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("tiny-bert")

# --8<-- [start:show]
from transformers import pipeline

pipe = pipeline("text-generation", model="tiny-bert")  # a BERT classifier in a generation pipeline
print(type(pipe.model).__name__)  # a BERT with a new, untrained LM head: it runs, the text is random
# --8<-- [end:show]
