import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer with an end-of-text token but no pad
# token, like GPT-2 or Llama, saved to ./tiny-gpt2 (nothing is downloaded).
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", bos_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import pipeline

pipe = pipeline("text-generation", model="tiny-gpt2", batch_size=2)
pipe.tokenizer.pad_token_id = pipe.model.config.eos_token_id  # before the first call
pipe.tokenizer.padding_side = "left"  # decoder-only models generate after left padding
results = pipe(["the cat sat on the mat", "a dog"], max_new_tokens=5, do_sample=False)
# --8<-- [end:show]
assert len(results) == 2
