# Hidden set-up: a tiny BERT checkpoint and tokenizer saved to ./tiny-bert (nothing is downloaded).
import pathlib

import torch
from transformers import BertConfig, BertModel, BertTokenizer

pathlib.Path("tiny-bert").mkdir()
words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "a good bad movie film plot was very not".split()
pathlib.Path("tiny-bert/vocab.txt").write_text("\n".join(words) + "\n")
BertTokenizer(vocab="tiny-bert/vocab.txt").save_pretrained("tiny-bert")
torch.manual_seed(0)
config = BertConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertModel(config).save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
# device_map places the layers itself ("auto" spreads a big model over all GPUs, then the CPU).
# Do not call model.to(...) afterwards; send the inputs to model.device, where the first layer is.
model = AutoModel.from_pretrained("tiny-bert", device_map="auto")
print(model.device)  # the device of the first layer

batch = tokenizer(["a good movie"], return_tensors="pt").to(model.device)
hidden = model(**batch).last_hidden_state
# --8<-- [end:show]

assert hidden.shape[-1] == 32
