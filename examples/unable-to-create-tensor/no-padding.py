# kb: raises ValueError unable-to-create-tensor/no-padding.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
batch = tokenizer(["a very good movie", "bad"], return_tensors="pt")  # two lengths, no padding
# --8<-- [end:show]
