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

from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert", num_labels=2)

# --8<-- [start:show]
def check_batch(batch, model):
    """Fail with a readable message before the GPU does it with a device-side assert."""
    vocab_size = model.get_input_embeddings().num_embeddings  # same as model.config.vocab_size
    ids = batch["input_ids"]
    if ids.min() < 0 or ids.max() >= vocab_size:
        raise ValueError(f"token id {ids.max().item()} is outside the embedding (vocab_size={vocab_size})")
    labels = batch.get("labels")
    if labels is not None:
        used = labels[labels != -100]
        if used.numel() and (used.min() < 0 or used.max() >= model.config.num_labels):
            raise ValueError(f"labels {used.unique().tolist()} do not fit num_labels={model.config.num_labels}")
# --8<-- [end:show]

import torch

good = dict(tokenizer(["a good movie"], return_tensors="pt"), labels=torch.tensor([1]))
check_batch(good, model)
for key, bad_value in (("labels", torch.tensor([5])), ("input_ids", torch.tensor([[2, 99, 3]]))):
    try:
        check_batch(dict(good, **{key: bad_value}), model)
    except ValueError:
        pass
    else:
        raise AssertionError(f"check_batch accepted a bad {key}")
