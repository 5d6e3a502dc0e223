# kb: output unable-to-create-tensor/sft-collator-output.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = []
for prompt, answer in [("a good movie", "good"), ("bad", "not a good plot")]:
    prompt_ids = tokenizer(prompt)["input_ids"]
    answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
    features.append({"input_ids": prompt_ids + answer_ids, "labels": [-100] * len(prompt_ids) + answer_ids})

# --8<-- [start:show]
from transformers import DataCollatorForSeq2Seq

# Works for decoder-only models too: pads input_ids with the pad token and labels with -100,
# and keeps the -100 you set on the prompt.
collator = DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=-100)
batch = collator(features)
print(batch["labels"])
# --8<-- [end:show]
