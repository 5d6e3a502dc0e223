# Hidden set-up: a tiny random BERT classifier saved to ./tiny-bert (nothing is downloaded).
# initializer_range=0.5 makes the effect of padding large enough to see.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(
    vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37,
    pad_token_id=0, initializer_range=0.5,
)
BertForSequenceClassification(config).eval().save_pretrained("tiny-bert")

import pathlib

from transformers import BertTokenizer

words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("tiny-bert/vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer(vocab="tiny-bert/vocab.txt").save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert")
model.eval()

batch = tokenizer(["a very bad film", "good"], padding=True, return_tensors="pt")
print(batch["attention_mask"])  # the tokenizer marks the padding for you
with torch.no_grad():
    logits = model(**batch).logits  # ** passes input_ids AND attention_mask
# --8<-- [end:show]
    alone = model(**tokenizer(["good"], return_tensors="pt")).logits

assert batch["attention_mask"].tolist() == [[1, 1, 1, 1, 1, 1], [1, 1, 1, 0, 0, 0]]
assert torch.allclose(logits[1], alone[0], atol=1e-5)
