# kb: raises IndexError device-side-assert/label-out-of-range.txt
# Hidden set-up: a tiny BERT checkpoint and tokenizer saved to ./tiny-bert (nothing is downloaded).
import pathlib

import torch
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
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert")  # num_labels defaults to 2

batch = tokenizer(["a good movie", "a very bad film"], padding=True, return_tensors="pt")
labels = torch.tensor([0, 5])  # 5 is not a valid class when there are only 2
loss = model(**batch, labels=labels).loss
# --8<-- [end:show]
