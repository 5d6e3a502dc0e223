# kb: output tokenizer-files-missing/check-vocab.txt
# Hidden set-up: "t5-small" as in silent-tiny.py (tokenizer files missing), and "t5-complete", a
# tiny T5-style folder whose tokenizer.json is there (built here with the tokenizers library).
import json
import os

from tokenizers import Tokenizer, decoders, models, pre_tokenizers

os.makedirs("t5-small")
json.dump({"model_type": "t5", "vocab_size": 32128}, open("t5-small/config.json", "w"))
json.dump({"tokenizer_class": "T5Tokenizer", "model_max_length": 512}, open("t5-small/tokenizer_config.json", "w"))
os.makedirs("t5-complete")
pieces = ["<pad>", "</s>", "<unk>", "▁hello", "▁world", "▁", "h", "e", "l", "o", "w", "r", "d"]
backend = Tokenizer(models.Unigram([(p, -float(i)) for i, p in enumerate(pieces)], unk_id=2))
backend.pre_tokenizer = pre_tokenizers.Metaspace()
backend.decoder = decoders.Metaspace()
backend.save("t5-complete/tokenizer.json")
json.dump({"model_type": "t5", "vocab_size": 128}, open("t5-complete/config.json", "w"))
json.dump({"tokenizer_class": "T5Tokenizer"}, open("t5-complete/tokenizer_config.json", "w"))

# --8<-- [start:show]
import json
import os

from transformers import AutoTokenizer

TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "spiece.model", "sentencepiece.bpe.model",
                   "vocab.txt", "vocab.json", "merges.txt")


def check_tokenizer(folder):
    tokenizer = AutoTokenizer.from_pretrained(folder)
    expected = json.load(open(os.path.join(folder, "config.json")))["vocab_size"]
    present = [name for name in TOKENIZER_FILES if os.path.exists(os.path.join(folder, name))]
    print(f"{folder}: {len(tokenizer)} tokens, config.json vocab_size {expected}, files {present}")
    if len(tokenizer) < expected // 2:
        print("  the tokenizer is far smaller than the model's vocabulary: tokenizer files are missing")


check_tokenizer("t5-small")
check_tokenizer("t5-complete")
# --8<-- [end:show]
