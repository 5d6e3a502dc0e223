# kb: env tf
# kb: output sequence-too-long/warning-4x.txt
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast
from transformers.utils import logging

# Hidden set-up: a word-level tokenizer whose model_max_length is 16, saved to ./tiny-tok (nothing is
# downloaded; a real BERT has 512, GPT-2 1024). The warning is printed once per tokenizer.
logging.set_verbosity_warning()
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", pad_token="<|endoftext|>", model_max_length=16).save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
text = "the cat sat on the mat and it was a very good cat " * 2
encoding = tokenizer(text)  # no truncation: all tokens are kept
print(len(encoding["input_ids"]), "tokens, model_max_length:", tokenizer.model_max_length)
# --8<-- [end:show]
