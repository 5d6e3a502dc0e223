# kb: raises AttributeError input-ids-or-embeds/batchencoding-positional.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random BERT encoder and a word-level tokenizer in ./tiny-bert (nothing is downloaded).
words = ["[PAD]", "[UNK]"] + "the a cat dog sat on mat".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="[PAD]", unk_token="[UNK]").save_pretrained("tiny-bert")
torch.manual_seed(0)
BertModel(BertConfig(vocab_size=20, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)).save_pretrained("tiny-bert")

# --8<-- [start:show]
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-bert")
model = AutoModel.from_pretrained("tiny-bert")
inputs = tokenizer(["the cat sat", "a dog"], padding=True, return_tensors="pt")
outputs = model(inputs)  # a BatchEncoding without **: write model(**inputs)
# --8<-- [end:show]
