# kb: raises ValueError unable-to-create-tensor/default-collator.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer, default_data_collator

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = [
    {**tokenizer("a good movie", padding="max_length", max_length=8), "labels": tokenizer("good")["input_ids"]},
    {**tokenizer("bad", padding="max_length", max_length=8), "labels": tokenizer("a very bad plot")["input_ids"]},
]
batch = default_data_collator(features)  # pads nothing: the labels have 3 and 6 tokens
# --8<-- [end:show]
