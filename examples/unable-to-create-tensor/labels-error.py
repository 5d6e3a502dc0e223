# kb: raises ValueError unable-to-create-tensor/labels-error.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer, DataCollatorWithPadding

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = [  # a seq2seq data set: the labels are token lists of different lengths
    {**tokenizer("a good movie"), "labels": tokenizer("good")["input_ids"]},
    {**tokenizer("bad"), "labels": tokenizer("a very bad plot")["input_ids"]},
]
collator = DataCollatorWithPadding(tokenizer)  # pads input_ids, not labels
batch = collator(features)
# --8<-- [end:show]
