# kb: raises ValueError unable-to-create-tensor/lm-collator-labels.txt
import pathlib

from transformers import BertTokenizer

# Hidden set-up: a tiny word-piece tokenizer saved to ./tiny-tok (nothing is downloaded).
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer("vocab.txt").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer, DataCollatorForLanguageModeling

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
features = []  # SFT data for a causal LM: the prompt's labels are -100, only the answer counts
for prompt, answer in [("a good movie", "good"), ("bad", "not a good plot")]:
    prompt_ids = tokenizer(prompt)["input_ids"]
    answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
    features.append({"input_ids": prompt_ids + answer_ids, "labels": [-100] * len(prompt_ids) + answer_ids})
collator = DataCollatorForLanguageModeling(tokenizer, mlm=False)  # pads input_ids; existing labels stay ragged
batch = collator(features)
# --8<-- [end:show]
