# kb: output generate-pad-token-warning/no-pad-token-id-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
from transformers.utils import logging

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer without a pad token, saved to
# ./tiny-gpt2 (nothing is downloaded).
logging.warning_once.cache_clear()
logging.set_verbosity_warning()
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", bos_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

import io
import logging as std_logging

log = io.StringIO()
std_logging.getLogger("transformers").addHandler(std_logging.StreamHandler(log))

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
print("pad_token_id:", model.generation_config.pad_token_id, "eos_token_id:", model.generation_config.eos_token_id)

inputs = tokenizer("the cat sat", return_tensors="pt")
output = model.generate(**inputs, max_new_tokens=5, do_sample=False)  # 4.x to 5.12 print the notice here
# --8<-- [end:show]
assert "open-end" not in log.getvalue() and "pad token" not in log.getvalue(), log.getvalue()
