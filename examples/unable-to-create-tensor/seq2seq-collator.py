# kb: output unable-to-create-tensor/seq2seq-collator-output.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = [
    {**tokenizer("a good movie"), "labels": tokenizer("good")["input_ids"]},
    {**tokenizer("bad"), "labels": tokenizer("a very bad plot")["input_ids"]},
]
# --8<-- [start:show]
from transformers import DataCollatorForSeq2Seq

collator = DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=-100)  # pass model=model to also build decoder_input_ids
batch = collator(features)
print(batch["labels"])  # padded with -100, which the loss ignores
# --8<-- [end:show]
