# kb: raises ValueError unable-to-create-tensor/text-column.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer, DataCollatorWithPadding

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = [  # the raw text column is still there (remove_unused_columns=False, or no remove_columns)
    {**tokenizer("a good movie"), "text": "a good movie", "label": 1},
    {**tokenizer("bad"), "text": "bad", "label": 0},
]
batch = DataCollatorWithPadding(tokenizer)(features)
# --8<-- [end:show]
