# kb: raises RuntimeError unable-to-create-tensor/dataloader-no-collator.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from torch.utils.data import DataLoader
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
examples = [tokenizer("a good movie"), tokenizer("bad")]  # tokenized one by one, not padded
loader = DataLoader(examples, batch_size=2)  # torch's default collate, no tokenizer involved
batch = next(iter(loader))
# --8<-- [end:show]
