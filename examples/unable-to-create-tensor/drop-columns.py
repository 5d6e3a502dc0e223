# kb: output unable-to-create-tensor/drop-columns-output.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

from transformers import AutoTokenizer, DataCollatorWithPadding

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = [
    {**tokenizer("a good movie"), "text": "a good movie", "label": 1},
    {**tokenizer("bad"), "text": "bad", "label": 0},
]
# --8<-- [start:show]
model_inputs = [{k: v for k, v in f.items() if k != "text"} for f in features]  # keep only model inputs
batch = DataCollatorWithPadding(tokenizer)(model_inputs)
print({k: tuple(v.shape) for k, v in batch.items()})
# --8<-- [end:show]
