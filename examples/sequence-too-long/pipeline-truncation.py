# kb: output sequence-too-long/pipeline-truncation-output.txt
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
from transformers import pipeline

classifier = pipeline("text-classification", model="tiny-bert")
long_text = "a very good movie " * 5  # 22 tokens, the model has 16 positions
result = classifier(long_text, truncation=True)  # the tokenizer argument, per call
print(result[0]["label"] in {"LABEL_0", "LABEL_1"})
# --8<-- [end:show]
