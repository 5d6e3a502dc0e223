# kb: output sequence-too-long/model-max-length-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 with 64 positions whose tokenizer was saved with a wrong
# model_max_length of 16 (nothing is downloaded).
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", model_max_length=16).save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=1, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")
import io
import logging as std_logging

log = io.StringIO()
std_logging.getLogger("transformers").addHandler(std_logging.StreamHandler(log))
# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
print("tokenizer:", tokenizer.model_max_length, "model:", model.config.max_position_embeddings)

tokenizer.model_max_length = model.config.max_position_embeddings  # what the model really accepts
tokenizer.save_pretrained("tiny-gpt2")  # or: AutoTokenizer.from_pretrained(path, model_max_length=64)
inputs = tokenizer("the cat sat on the mat and it was a very good cat " * 2, return_tensors="pt")  # 26 tokens
outputs = model(**inputs)
# --8<-- [end:show]
assert "Token indices" not in log.getvalue()
