# kb: env tf
# kb: output sequence-too-long/truncate-no-max-4x.txt
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast
from transformers.utils import logging

# Hidden set-up: a word-level tokenizer saved without model_max_length, so it gets the huge placeholder
# (nothing is downloaded). Transformers 4.x warns when asked to truncate to that; 5.x stays silent.
logging.set_verbosity_warning()
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>").save_pretrained("tiny-tok")

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-tok")
print(tokenizer.model_max_length)  # the placeholder: no real limit was saved
encoding = tokenizer("the cat sat on the mat " * 10, truncation=True)  # nothing to truncate to
print(len(encoding["input_ids"]), "tokens kept")
# --8<-- [end:show]
