# kb: raises IndexError sequence-too-long/index-error.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 that accepts 16 positions and its tokenizer, saved to
# ./tiny-gpt2 (nothing is downloaded; the real GPT-2 accepts 1024).
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", model_max_length=16).save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=1, n_head=2, n_positions=16, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
inputs = tokenizer("the cat sat on the mat and it was a very good cat " * 2, return_tensors="pt")  # 26 > 16
outputs = model(**inputs)  # more positions than the model has
# --8<-- [end:show]
