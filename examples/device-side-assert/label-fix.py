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

texts = ["a good movie", "a very bad film", "not a good plot", "a film"]
names = ["positive", "negative", "negative", "neutral"]

# Number the classes 0 .. num_labels-1 and tell the model how many there are.
label_list = sorted(set(names))
label2id = {name: i for i, name in enumerate(label_list)}
model = AutoModelForSequenceClassification.from_pretrained(
    "tiny-bert",
    num_labels=len(label_list),
    label2id=label2id,
    id2label={i: name for name, i in label2id.items()},
)
tokenizer = AutoTokenizer.from_pretrained("tiny-bert")

batch = tokenizer(texts, padding=True, return_tensors="pt")
labels = torch.tensor([label2id[name] for name in names])
labels[3] = -100  # -100 means "no label here": the loss skips this row
loss = model(**batch, labels=labels).loss
# --8<-- [end:show]

assert model.config.num_labels == 3 and labels.max() < model.config.num_labels
assert torch.isfinite(loss)
