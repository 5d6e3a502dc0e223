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

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert", num_labels=2).to(device)

batch = tokenizer(["a good movie"], return_tensors="pt").to(model.device)  # same device as the model
logits = model(**batch).logits
print(logits.device)
# --8<-- [end:show]

assert logits.device == model.device
