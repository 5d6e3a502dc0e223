# kb: raises RuntimeError sequence-too-long/bert-expanded.txt
import pathlib

import torch
from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

# Hidden set-up: a tiny random BERT classifier with 16 positions and its tokenizer, saved to
# ./tiny-bert (nothing is downloaded; the real BERT accepts 512).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer(vocab="vocab.txt", model_max_length=16).save_pretrained("tiny-bert")
torch.manual_seed(0)
config = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37, max_position_embeddings=16)
BertForSequenceClassification(config).save_pretrained("tiny-bert")
# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModelForSequenceClassification.from_pretrained("tiny-bert")
input_ids = tokenizer("a very good movie " * 5, return_tensors="pt")["input_ids"]  # 22 tokens, 16 positions
logits = model(input_ids).logits  # without token_type_ids, as in many custom loops
# --8<-- [end:show]
